package dev.snapgate.domain.error;

/** A setting is missing or invalid. The message names the setting and how to fix it. */
public final class SnapConfigurationException extends SnapException {

    public SnapConfigurationException(String message) {
        super(message, null, null);
    }

    public SnapConfigurationException(String message, Throwable cause) {
        super(message, null, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
