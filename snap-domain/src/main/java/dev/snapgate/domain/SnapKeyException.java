package dev.snapgate.domain;

/**
 * A key or keystore could not be used: missing or unreadable file, unknown or wrong format, non-RSA key, wrong
 * password, missing alias. The message names the file, the format detected and the fix, never key material.
 */
public final class SnapKeyException extends SnapException {

    public SnapKeyException(String message) {
        super(message, null, null);
    }

    public SnapKeyException(String message, Throwable cause) {
        super(message, null, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
