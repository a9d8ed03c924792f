package dev.snapgate.domain.inbound;

/**
 * The port a platform implements to receive NICEPAY's verified payment notifications. Called once per accepted
 * notification (a replay is refused before it gets here). Return normally to have NICEPAY told {@code 200XX00}; throw
 * to have it told {@code 500XX00} so it sends the notification again later. Must be thread-safe.
 */
@FunctionalInterface
public interface NotificationReceiver {

    void receive(InboundNotification notification);
}
