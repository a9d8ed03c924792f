package dev.snapgate.domain.token;

import dev.snapgate.domain.error.SnapConfigurationException;
import java.time.Duration;

/**
 * How the token cache refreshes and how long a caller waits for another caller's refresh. Immutable.
 *
 * @param refreshMargin refresh this long before expiry (default 60 s); never more than half a token's lifetime is
 *     used, so a short-lived token is not refreshed on every call
 * @param maxWait how long a caller waits for a refresh that another caller is running before it gives up with a
 *     {@code SnapUnavailableException} (reason {@code TIMEOUT}); default 60 s, which covers the default token call
 *     budget (30 s of retries plus one attempt's deadline). Must be positive.
 * @param leaseTime with a shared {@link TokenStore}: how long one instance may hold the right to refresh a merchant's
 *     token for the fleet before another may take over (default 30 s, the token call's retry budget). Must be
 *     positive.
 */
public record TokenCacheSettings(Duration refreshMargin, Duration maxWait, Duration leaseTime) {

    public static final TokenCacheSettings DEFAULTS = new TokenCacheSettings(Duration.ofSeconds(60),
            Duration.ofSeconds(60), Duration.ofSeconds(30));

    public TokenCacheSettings {
        if (refreshMargin == null || maxWait == null || leaseTime == null) {
            throw new SnapConfigurationException("TokenCacheSettings: refreshMargin, maxWait and leaseTime must be"
                    + " set");
        }
        if (leaseTime.isNegative() || leaseTime.isZero()) {
            throw new SnapConfigurationException("TokenCacheSettings: leaseTime must be positive, got " + leaseTime);
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
        return new TokenCacheSettings(margin, maxWait, leaseTime);
    }

    /** These settings with another maximum wait for a refresh run by another caller. */
    public TokenCacheSettings withMaxWait(Duration wait) {
        return new TokenCacheSettings(refreshMargin, wait, leaseTime);
    }

    /** These settings with another refresh lease time (fleets sharing a {@link TokenStore}). */
    public TokenCacheSettings withLeaseTime(Duration lease) {
        return new TokenCacheSettings(refreshMargin, maxWait, lease);
    }
}
