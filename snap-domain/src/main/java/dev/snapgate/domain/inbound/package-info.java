/**
 * The inbound side's domain: NICEPAY calling the merchant. The ports a platform implements ({@link
 * dev.snapgate.domain.inbound.Bills} for NICEPAY's inquiry-VA flow, {@link
 * dev.snapgate.domain.inbound.NotificationReceiver} for payment notifications) and the values they exchange. Plain
 * Java; the protocol handling around it (token issuance, signatures, replay) is in {@code snap-inbound} and its
 * adapters.
 */
package dev.snapgate.domain.inbound;
