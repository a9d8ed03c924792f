package dev.snapgate.domain.error;

import dev.snapgate.domain.code.ResponseCode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The upstream could not serve the request now: 5xx, 429, 202 (in progress), a timeout, a network failure, or an
 * open circuit breaker (then no request left the process). Retryable for calls that are safe to repeat.
 */
public final class SnapUnavailableException extends SnapException {

    /** Why the upstream is unavailable. */
    public enum Reason {
        /** A 5xx answer (with or without a SNAP body). */
        SERVER_ERROR,
        /** 429: too many requests. */
        THROTTLED,
        /** 202XX00: request in progress, nothing issued yet. */
        IN_PROGRESS,
        /** No complete answer (headers and whole body) within the attempt's deadline. */
        TIMEOUT,
        /** The connection could not be established (refused, connect timeout): the request was not sent. */
        CONNECT,
        /** Connection reset or lost after the request may have been sent. */
        NETWORK,
        /** The circuit breaker is open; the request was not sent. */
        CIRCUIT_OPEN,
        /** The calling thread was interrupted while it waited (for a token another caller is fetching). */
        INTERRUPTED,
        /**
         * The client's bulkhead was full: the configured number of calls were already in flight to this upstream and
         * no slot freed within the configured wait. The request was not sent; the upstream is not blamed.
         */
        BUSY
    }

    private final Reason reason;
    private final transient Duration retryAfter;

    public SnapUnavailableException(String message, Reason reason, ResponseCode responseCode, Duration retryAfter,
            Throwable cause) {
        super(message, responseCode, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.retryAfter = retryAfter;
    }

    public SnapUnavailableException(String message, Reason reason) {
        this(message, reason, null, null, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The server's {@code Retry-After}, when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * Retryable except when the circuit is open (then waiting for the breaker, not hammering it, is right), the
     * caller was interrupted (it asked to stop) or the bulkhead stayed full (the call already waited its turn; more
     * callers than the upstream is allowed to serve is a load to shed, not to repeat). Nothing was sent in any of
     * these three cases.
     */
    @Override
    public boolean isRetryable() {
        return reason != Reason.CIRCUIT_OPEN && reason != Reason.INTERRUPTED && reason != Reason.BUSY;
    }
}
