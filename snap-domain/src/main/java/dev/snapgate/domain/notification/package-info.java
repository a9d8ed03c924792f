/**
 * Inbound notifications from NICEPAY: {@link dev.snapgate.domain.notification.NotificationVerifier} checks
 * {@code X-SIGNATURE} over {@code X-CLIENT-KEY|X-TIMESTAMP} with NICEPAY's notification public key and the
 * timestamp window, without any HTTP framework. Parameters are never null unless documented.
 */
package dev.snapgate.domain.notification;
