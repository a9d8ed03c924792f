package dev.snapgate.http;

import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.error.SnapRejectedException;
import dev.snapgate.domain.error.SnapUnauthorizedException;
import dev.snapgate.domain.error.SnapUnavailableException;
import java.time.Duration;
import java.util.Objects;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import dev.snapgate.domain.error.SnapMalformedResponseException;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.domain.error.SnapUnavailableException.Reason;
import dev.snapgate.domain.service.ServiceRequest;

/**
 * Every failure of the outbound path is classified here, and only here: an exchange that ended without an answer
 * ({@link #fromIo}), an answer that is not a success, SNAP or not ({@link #fromAnswer}; SNAP-SPEC §2: the HTTP status
 * wins where it and the {@code responseCode} disagree, a 2xx whose code is not a success is a failure), and what a
 * failed money-moving call means for its caller ({@link #forMoneyCall}: the outcome is unknown unless nothing was
 * sent).
 */
final class SnapErrors {

    private static final int MAX_MESSAGE = 120;

    private SnapErrors() {
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

    /** The typed error for an answer that is not a success, including answers that are not SNAP at all. */
    static SnapException fromAnswer(UpstreamAnswer answer, String operation) {
        int status = answer.status();
        boolean http2xx = status >= 200 && status < 300;
        if (answer.responseCode() == null) {
            String what = answer.bodyProblem() == null ? "no responseCode" : answer.bodyProblem();
            if (http2xx) {
                return new SnapMalformedResponseException(operation + " failed: the upstream answered HTTP " + status
                        + " with " + what + ", which is not a SNAP response; check the base URL and report it if it"
                        + " persists", null, null);
            }
            if (status >= 500) {
                return new SnapUnavailableException(operation + " failed: HTTP " + status + " with " + what
                        + " (likely a gateway or WAF in front of the upstream); safe calls are retried, try again"
                        + " later", SnapUnavailableException.Reason.SERVER_ERROR, null, answer.retryAfter(), null);
            }
        }
        return toException(status, answer.responseCode(), answer.responseMessage(), answer.retryAfter(), operation);
    }

    /**
     * The error for an exchange that ended without an answer: could not connect (nothing sent), interrupted, no
     * complete answer within the deadline, the connection lost, or an answer over the size cap (thrown at once).
     */
    static SnapUnavailableException fromIo(IOException cause, String operation, long ms) {
        // the JDK client re-wraps what a body subscriber fails with: look down the chain
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof JdkDeadlineClient.ResponseTooLargeException tooLarge) {
                throw new SnapMalformedResponseException(operation + " failed: " + tooLarge.getMessage() + " (raise"
                        + " maxResponseBytes only if the upstream really answers that much)");
            }
        }
        if (cause instanceof java.io.InterruptedIOException && !(cause instanceof HttpTimeoutException)) {
            return new SnapUnavailableException(operation + " was interrupted while waiting for the answer; the"
                    + " request may have been sent", Reason.INTERRUPTED, null, null, jdkCause(cause));
        }
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
            return new SnapUnavailableException(operation + " failed: could not connect to the upstream ("
                    + cause.getClass().getSimpleName() + "); the request was not sent. Check the base URL and the"
                    + " network", Reason.CONNECT, null, null, jdkCause(cause));
        }
        if (cause instanceof HttpTimeoutException) {
            return new SnapUnavailableException(operation + " failed: no complete answer within the attempt's deadline"
                    + " (" + ms + " ms; connect + read timeout, body included)", Reason.TIMEOUT, null, null,
                    jdkCause(cause));
        }
        return new SnapUnavailableException(operation + " failed: the connection was lost ("
                + cause.getClass().getSimpleName() + ")", Reason.NETWORK, null, null, jdkCause(cause));
    }

    /** The JDK exception itself: Feign's types stay inside this module, even as causes. */
    private static Throwable jdkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!t.getClass().getName().startsWith("feign.")) {
                return t;
            }
        }
        return null;
    }

    /**
     * What a money-moving call that failed tells its caller: unchanged when nothing was sent or it was refused
     * unprocessed (could not connect, circuit open, throttled), otherwise {@link SnapOutcomeUnknownException} naming
     * the external ID and reference to settle with.
     */
    static SnapException forMoneyCall(SnapException e, ServiceRequest request, String externalId,
            String operation) {
        if (e instanceof SnapUnavailableException u && (u.reason() == SnapUnavailableException.Reason.CONNECT
                || u.reason() == SnapUnavailableException.Reason.CIRCUIT_OPEN
                || u.reason() == SnapUnavailableException.Reason.THROTTLED)) {
            return e; // the request was not sent or was refused unprocessed: nothing happened, the caller may retry
        }
        return new SnapOutcomeUnknownException(operation + " may or may not have taken effect (" + describeFailure(e)
                + "). It was not re-sent. Check its status with the status inquiry using X-EXTERNAL-ID " + externalId
                + request.partnerReference().map(r -> " and reference " + r).orElse("") + " before trying again",
                e.responseCode().orElse(null), externalId, request.partnerReference().orElse(null), e);
    }

    private static String describeFailure(SnapException e) {
        if (e instanceof SnapUnavailableException u) {
            return u.reason() + u.responseCode().map(c -> " " + c.value()).orElse("");
        }
        return "garbled answer" + e.responseCode().map(c -> " " + c.value()).orElse("");
    }
}
