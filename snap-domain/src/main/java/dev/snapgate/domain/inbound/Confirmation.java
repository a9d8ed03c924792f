package dev.snapgate.domain.inbound;

/**
 * What a status inquiry said about a notification before the receiver was called ({@link NotificationConfirmer}).
 * A notification's body is not signed by NICEPAY, so only a {@link #CONFIRMED} one proves its facts.
 */
public enum Confirmation {
    /** No confirmation was asked for: the signed headers were checked, the body is as received (unsigned). */
    NOT_CHECKED,
    /** NICEPAY's status inquiry agrees with the notification's state and amount. */
    CONFIRMED,
    /** NICEPAY's status inquiry disagrees (a forged body, or NICEPAY's state not yet visible): never credit it. */
    CONTRADICTED,
    /** The status inquiry could not be made or answered: nothing is known yet. */
    UNAVAILABLE
}
