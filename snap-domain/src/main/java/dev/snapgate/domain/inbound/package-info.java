/**
 * The inbound side's domain: NICEPAY calling the merchant. The ports a platform implements ({@link
 * dev.snapgate.domain.inbound.Bills} for NICEPAY's inquiry-VA flow, {@link
 * dev.snapgate.domain.inbound.NotificationReceiver} for payment notifications), the values they exchange, and the
 * stateless B2B tokens the merchant issues to NICEPAY ({@link dev.snapgate.domain.inbound.InboundTokens}). Plain Java;
 * the HTTP handling around it is in {@code snap-inbound} and its adapters.
 */
package dev.snapgate.domain.inbound;
