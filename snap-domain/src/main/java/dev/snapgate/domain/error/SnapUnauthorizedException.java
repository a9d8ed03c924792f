package dev.snapgate.domain.error;

import dev.snapgate.domain.code.ResponseCode;
/**
 * The upstream refused credentials or a token (401). When {@link #requiresNewToken()} is true ({@code 401XX01}
 * invalid token, {@code 401XX03} token not found) a fresh token may fix it; otherwise the signature, client key,
 * key pair or clock is wrong and must be fixed.
 */
public final class SnapUnauthorizedException extends SnapException {

    private final boolean requiresNewToken;

    public SnapUnauthorizedException(String message, ResponseCode responseCode, boolean requiresNewToken) {
        super(message, responseCode, null);
        this.requiresNewToken = requiresNewToken;
    }

    /** True for an invalid or unknown access token: invalidate it and try once more with a new one. */
    public boolean requiresNewToken() {
        return requiresNewToken;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
