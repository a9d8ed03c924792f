package dev.snapgate.domain.token;

import java.time.Duration;
import java.util.Objects;

/**
 * How the token cache refreshes.
 *
 * @param refreshMargin refresh this long before expiry (default 60 s); never more than half a token's lifetime is
 *     used, so a short-lived token is not refreshed on every call
 */
public record TokenCacheSettings(Duration refreshMargin) {

    public static final TokenCacheSettings DEFAULTS = new TokenCacheSettings(Duration.ofSeconds(60));

    public TokenCacheSettings {
        Objects.requireNonNull(refreshMargin, "refreshMargin");
        if (refreshMargin.isNegative()) {
            throw new IllegalArgumentException("refreshMargin must not be negative, got " + refreshMargin);
        }
    }
}
