package dev.snapgate.domain.notification;

import java.util.Objects;

/**
 * The verdict on one notification: {@link Outcome#VALID} or why not. The reason never quotes a header's raw text.
 * The body of a notification is not signed: even when valid, confirm the state with a status inquiry before acting on
 * money.
 */
public record NotificationVerification(Outcome outcome, String reason) {

    /** Why a notification was or was not accepted. */
    public enum Outcome {
        VALID,
        MISSING_HEADER,
        /** {@code X-CLIENT-KEY} is not a client key at all. */
        MALFORMED_CLIENT_KEY,
        /** {@code X-CLIENT-KEY} is well formed but not the one this verifier expects. */
        UNEXPECTED_CLIENT_KEY,
        MALFORMED_TIMESTAMP,
        OUTSIDE_WINDOW,
        MALFORMED_SIGNATURE,
        BAD_SIGNATURE,
        /** The same signed notification (signature and timestamp) was already accepted within the window. */
        REPLAYED,
        /**
         * The signature is valid but the replay store could not be asked (unreachable): not accepted, so the sender
         * retries later instead of a replay slipping through. Answer with a 5xx.
         */
        REPLAY_CHECK_FAILED
    }

    public NotificationVerification {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
