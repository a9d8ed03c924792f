package dev.snapgate.domain.inbound;

/**
 * Confirms a notification's facts with NICEPAY before the platform acts on them, by a status inquiry of the
 * transaction it names. Needed because NICEPAY signs a notification's headers, not its body: whoever replays a
 * signed header within its window can attach any body. Implementations are thread-safe, never throw for a failed
 * inquiry ({@link Confirmation#UNAVAILABLE}), and never return {@link Confirmation#NOT_CHECKED}.
 */
@FunctionalInterface
public interface NotificationConfirmer {

    Confirmation confirm(InboundNotification notification);
}
