package dev.snapgate.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A SNAP B2B access token as issued: the secret value, its type (always {@code Bearer} at NICEPAY), when it was
 * issued and when it expires. Immutable; {@link #toString()} never shows the value.
 */
public record AccessToken(Secret value, String tokenType, Instant issuedAt, Instant expiresAt) {

    /** NICEPAY documents tokens of up to 2048 characters. */
    public static final int MAX_LENGTH = 2048;

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(tokenType, "tokenType");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("access token is " + value.length() + " characters; SNAP allows at most "
                    + MAX_LENGTH);
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("access token must expire after it is issued");
        }
    }

    /** The lifetime the server granted. */
    public Duration lifetime() {
        return Duration.between(issuedAt, expiresAt);
    }

    /** True while {@code now} is before the expiry. */
    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** The {@code Authorization} header value, {@code Bearer <token>}. A credential: never log it. */
    public String authorizationHeader() {
        return "Bearer " + value.reveal();
    }

    @Override
    public String toString() {
        return "AccessToken[" + tokenType + ", " + value.masked() + ", expiresAt=" + expiresAt + "]";
    }
}
