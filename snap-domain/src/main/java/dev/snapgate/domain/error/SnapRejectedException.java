package dev.snapgate.domain.error;

import dev.snapgate.domain.code.ResponseCode;
/** The upstream rejected the request (a 4xx other than 401 and 429): fix the request; retrying will not help. */
public final class SnapRejectedException extends SnapException {

    public SnapRejectedException(String message, ResponseCode responseCode) {
        super(message, responseCode, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
