package dev.snapgate.domain.error;

import dev.snapgate.domain.code.ResponseCode;
/**
 * The upstream answered something that is not a valid SNAP response: not JSON, truncated, a missing or invalid
 * field. The message names the problem, never the body.
 */
public final class SnapMalformedResponseException extends SnapException {

    public SnapMalformedResponseException(String message, ResponseCode responseCode, Throwable cause) {
        super(message, responseCode, cause);
    }

    public SnapMalformedResponseException(String message) {
        super(message, null, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
