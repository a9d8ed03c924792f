package dev.snapgate.domain.observe;

import dev.snapgate.domain.error.SnapInvalidRequestException;
import dev.snapgate.domain.error.SnapMalformedResponseException;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.domain.error.SnapRejectedException;
import dev.snapgate.domain.error.SnapUnauthorizedException;
import dev.snapgate.domain.error.SnapUnavailableException;
import java.util.Locale;

/** How a token call or service call ended, as a metric tag: a few fixed values, never anything per request. */
public enum Outcome {
    SUCCESS, REJECTED, UNAUTHORIZED, UNAVAILABLE, MALFORMED, OUTCOME_UNKNOWN, INVALID, ERROR,
    /** The client's bulkhead was full: nothing was sent (a {@code SnapUnavailableException} with reason BUSY). */
    BUSY;

    private final String tag = name().toLowerCase(Locale.ROOT);

    /** The tag value: {@code success}, {@code rejected}, ... */
    public String tag() {
        return tag;
    }

    /** The outcome a failure stands for. */
    public static Outcome of(Throwable failure) {
        if (failure instanceof SnapOutcomeUnknownException) {
            return OUTCOME_UNKNOWN;
        }
        if (failure instanceof SnapRejectedException) {
            return REJECTED;
        }
        if (failure instanceof SnapUnauthorizedException) {
            return UNAUTHORIZED;
        }
        if (failure instanceof SnapUnavailableException u) {
            return u.reason() == SnapUnavailableException.Reason.BUSY ? BUSY : UNAVAILABLE;
        }
        if (failure instanceof SnapMalformedResponseException) {
            return MALFORMED;
        }
        if (failure instanceof SnapInvalidRequestException) {
            return INVALID;
        }
        return ERROR;
    }
}
