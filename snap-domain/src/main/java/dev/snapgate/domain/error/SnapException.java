package dev.snapgate.domain.error;

import dev.snapgate.domain.code.ResponseCode;
import java.util.Optional;

/**
 * Root of everything snapgate reports. Unchecked and sealed: a caller can switch over the subtypes and act.
 *
 * <ul>
 *   <li>{@link SnapRejectedException}: the upstream refused the request (4xx); fix the request, do not retry.</li>
 *   <li>{@link SnapUnauthorizedException}: credentials or token refused (401).</li>
 *   <li>{@link SnapUnavailableException}: 5xx, 429, 202, timeout, network, open circuit; retryable for
 *       idempotent calls.</li>
 *   <li>{@link SnapOutcomeUnknownException}: a money-moving call may or may not have happened; settle it with a
 *       status inquiry.</li>
 *   <li>{@link SnapKeyException}, {@link SnapConfigurationException}: local set-up problems.</li>
 *   <li>{@link SnapMalformedResponseException}: the upstream answered something that is not SNAP.</li>
 *   <li>{@link SnapInvalidRequestException}: a request broke NICEPAY's field rules and was not sent.</li>
 * </ul>
 *
 * <p>Messages say what to do and never contain a header, a body, a key, a password or a token.
 */
public abstract sealed class SnapException extends RuntimeException
        permits SnapRejectedException, SnapUnauthorizedException, SnapUnavailableException,
        SnapOutcomeUnknownException, SnapKeyException, SnapConfigurationException, SnapMalformedResponseException,
        SnapInvalidRequestException {

    private final transient ResponseCode responseCode;

    protected SnapException(String message, ResponseCode responseCode, Throwable cause) {
        super(message, cause);
        this.responseCode = responseCode;
    }

    /** The parsed SNAP response code, when the upstream sent one. */
    public Optional<ResponseCode> responseCode() {
        return Optional.ofNullable(responseCode);
    }

    /** True when the same request may succeed if sent again (for calls that are safe to repeat). */
    public abstract boolean isRetryable();
}
