package dev.snapgate.http;

import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.error.SnapRejectedException;
import dev.snapgate.domain.error.SnapUnauthorizedException;
import dev.snapgate.domain.error.SnapUnavailableException;
import java.time.Duration;
import java.util.Objects;

/**
 * SNAP-SPEC §2 as code: turns an HTTP status and an optional SNAP {@code responseCode} into the error a caller can
 * act on. The HTTP status wins where the two disagree; a 2xx whose code is not a success is a failure.
 */
final class SnapResponses {

    private static final int MAX_MESSAGE = 120;

    private SnapResponses() {
    }

    /** What a caller should do with a response. */
    public enum Disposition {
        /** The call succeeded. */
        SUCCESS,
        /** Retryable for idempotent calls (token call, status inquiries). */
        RETRY,
        /** Invalidate the token and try once more with a fresh one. */
        REAUTHENTICATE,
        /** Fix the request or the credentials; retrying will not help. */
        FAIL
    }

    /**
     * Classifies a response by both signals.
     *
     * @param httpStatus the HTTP status
     * @param code the parsed {@code responseCode}, or null when the body had none
     */
    public static Disposition classify(int httpStatus, ResponseCode code) {
        int status = effectiveStatus(httpStatus, code);
        if (status == 202) {
            return Disposition.RETRY;
        }
        if (status >= 200 && status < 300) {
            return Disposition.SUCCESS;
        }
        if (status == 401) {
            return code != null && code.httpStatus() == 401 && (code.caseCode() == 1 || code.caseCode() == 3)
                    ? Disposition.REAUTHENTICATE : Disposition.FAIL;
        }
        if (status == 429 || status == 408 || status >= 500) {
            return Disposition.RETRY;
        }
        return Disposition.FAIL;
    }

    /**
     * The error for a response that is not a success.
     *
     * @param httpStatus the HTTP status
     * @param code the parsed {@code responseCode}, or null
     * @param upstreamMessage the upstream's {@code responseMessage}, or null; shortened and stripped of control
     *     characters before it goes into the message
     * @param retryAfter the {@code Retry-After} the server sent, or null
     * @param operation what was attempted, for the message (e.g. "access token request")
     * @throws IllegalArgumentException if the response is a success
     */
    public static SnapException toException(int httpStatus, ResponseCode code, String upstreamMessage,
            Duration retryAfter, String operation) {
        Objects.requireNonNull(operation, "operation");
        int status = effectiveStatus(httpStatus, code);
        String what = operation + " failed: HTTP " + httpStatus + (code == null ? "" : ", SNAP " + code.value())
                + describe(upstreamMessage);
        return switch (classify(httpStatus, code)) {
            case SUCCESS -> throw new IllegalArgumentException("not an error: HTTP " + httpStatus);
            case REAUTHENTICATE -> new SnapUnauthorizedException(what
                    + ". The access token is invalid or unknown: obtain a new token and retry once.", code, true);
            case RETRY -> {
                SnapUnavailableException.Reason reason = status == 429 ? SnapUnavailableException.Reason.THROTTLED
                        : status == 202 ? SnapUnavailableException.Reason.IN_PROGRESS
                        : SnapUnavailableException.Reason.SERVER_ERROR;
                yield new SnapUnavailableException(what + ". The upstream is unavailable; safe calls are retried,"
                        + " try again later.", reason, code, retryAfter, null);
            }
            case FAIL -> status == 401
                    ? new SnapUnauthorizedException(what + ". Check the client key, the private key registered with"
                            + " NICEPAY, the signature and the host clock.", code, false)
                    : new SnapRejectedException(what + ". The request was refused; fix it before sending again.",
                            code);
        };
    }

    private static int effectiveStatus(int httpStatus, ResponseCode code) {
        boolean http2xx = httpStatus >= 200 && httpStatus < 300;
        if (http2xx && code != null) {
            return code.httpStatus();
        }
        return httpStatus;
    }

    private static String describe(String upstreamMessage) {
        if (upstreamMessage == null || upstreamMessage.isBlank()) {
            return "";
        }
        String clean = upstreamMessage.replaceAll("\\p{Cntrl}", " ").strip();
        if (clean.length() > MAX_MESSAGE) {
            clean = clean.substring(0, MAX_MESSAGE) + "...";
        }
        return " (" + clean + ")";
    }
}
