package dev.snapgate.inbound;

import java.time.Duration;
import java.util.Objects;

/**
 * One handled inbound request, for logs and metrics: the endpoint ({@code token}, {@code inquiry}, {@code payment},
 * {@code notification}, {@code unknown}), the HTTP status, the SNAP response code answered, and how long it took.
 * Carries no header, body, token or reference.
 */
public record InboundEvent(String endpoint, String method, int status, String responseCode, Duration duration) {

    public InboundEvent {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(responseCode, "responseCode");
        Objects.requireNonNull(duration, "duration");
    }

    /** {@code accepted} (2xx), {@code rejected} (4xx) or {@code failed} (5xx). */
    public String outcome() {
        return status < 300 ? "accepted" : status < 500 ? "rejected" : "failed";
    }
}
