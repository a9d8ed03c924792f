package dev.snapgate.domain.notification;

import java.util.Objects;

/**
 * The verdict on one notification: {@link Outcome#VALID} or why not. The body of a notification is not signed:
 * even when valid, confirm the state with a status inquiry before acting on money.
 */
public record NotificationVerification(Outcome outcome, String reason) {

    /** Why a notification was or was not accepted. */
    public enum Outcome {
        VALID,
        MISSING_HEADER,
        MALFORMED_TIMESTAMP,
        OUTSIDE_WINDOW,
        MALFORMED_SIGNATURE,
        BAD_SIGNATURE
    }

    public NotificationVerification {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
