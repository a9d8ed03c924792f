package dev.snapgate.domain.inbound;

/**
 * The port a platform implements to receive NICEPAY's verified payment notifications. Called once per distinct
 * notification: a notification delivered again after it was received is answered with the original success without
 * calling the receiver; one that arrives while the first delivery is still being received is told to come again
 * later ({@code 500XX00}). Return normally to have NICEPAY told {@code 200XX00}; throw to have it told
 * {@code 500XX00}, and the notification is forgotten so NICEPAY's retry is received again. Must be thread-safe.
 */
@FunctionalInterface
public interface NotificationReceiver {

    void receive(InboundNotification notification);

    /**
     * Receives a notification with what a status inquiry said of it ({@link Confirmation#NOT_CHECKED} unless the
     * inbound core was given a {@link NotificationConfirmer}; a {@link Confirmation#CONTRADICTED} or
     * {@link Confirmation#UNAVAILABLE} one never reaches the receiver). Override it to act on the difference; by
     * default it calls {@link #receive(InboundNotification)}.
     */
    default void receive(InboundNotification notification, Confirmation confirmation) {
        receive(notification);
    }
}
