package dev.snapgate.domain.token;

import dev.snapgate.domain.SnapConfigurationException;
import java.time.Duration;

/**
 * How the token cache refreshes and how long a caller waits for another caller's refresh. Immutable.
 *
 * @param refreshMargin refresh this long before expiry (default 60 s); never more than half a token's lifetime is
 *     used, so a short-lived token is not refreshed on every call
 * @param maxWait how long a caller waits for a refresh that another caller is running before it gives up with a
 *     {@code SnapUnavailableException} (reason {@code TIMEOUT}); default 60 s, which covers the default token call
 *     budget (30 s of retries plus one attempt's deadline). Must be positive.
 */
public record TokenCacheSettings(Duration refreshMargin, Duration maxWait) {

    public static final TokenCacheSettings DEFAULTS = new TokenCacheSettings(Duration.ofSeconds(60),
            Duration.ofSeconds(60));

    public TokenCacheSettings {
        if (refreshMargin == null || maxWait == null) {
            throw new SnapConfigurationException("TokenCacheSettings: refreshMargin and maxWait must be set");
        }
        if (refreshMargin.isNegative()) {
            throw new SnapConfigurationException("TokenCacheSettings: refreshMargin must not be negative, got "
                    + refreshMargin);
        }
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new SnapConfigurationException("TokenCacheSettings: maxWait must be positive, got " + maxWait);
        }
    }

    /** These settings with another refresh margin. */
    public TokenCacheSettings withRefreshMargin(Duration margin) {
        return new TokenCacheSettings(margin, maxWait);
    }

    /** These settings with another maximum wait for a refresh run by another caller. */
    public TokenCacheSettings withMaxWait(Duration wait) {
        return new TokenCacheSettings(refreshMargin, wait);
    }
}
