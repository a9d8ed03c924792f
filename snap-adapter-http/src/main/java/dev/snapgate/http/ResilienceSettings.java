package dev.snapgate.http;

import dev.snapgate.domain.SnapConfigurationException;
import java.time.Duration;
import java.util.Objects;

/**
 * Retry and circuit-breaker settings for one upstream. Immutable; {@link #DEFAULTS} documents the defaults.
 *
 * @param maxAttempts attempts in total, first one included (default 3)
 * @param initialBackoff wait before the first retry (default 200 ms), then multiplied by {@code backoffMultiplier}
 *     (default 2.0) with ±{@code jitter} randomisation (default 0.5), capped at {@code maxBackoff} (default 5 s)
 * @param maxTotalTime no new attempt starts after this much time since the first (default 30 s)
 * @param maxRetryAfter a server {@code Retry-After} up to this long is honoured; a longer one ends the retries
 *     (default 10 s)
 * @param failureRateThreshold percentage of retryable failures that opens the breaker (default 50)
 * @param slidingWindowSize calls in the breaker's count-based window (default 50)
 * @param minimumCalls calls before the failure rate is evaluated (default 20)
 * @param openDuration how long the breaker stays open before half-opening (default 30 s)
 * @param halfOpenCalls probe calls permitted while half-open (default 5; with 2, a 30 % failure rate re-opens
 *     the breaker more often than not, measured in the load test)
 */
public record ResilienceSettings(int maxAttempts, Duration initialBackoff, double backoffMultiplier, double jitter,
        Duration maxBackoff, Duration maxTotalTime, Duration maxRetryAfter, float failureRateThreshold,
        int slidingWindowSize, int minimumCalls, Duration openDuration, int halfOpenCalls) {

    public static final ResilienceSettings DEFAULTS = new ResilienceSettings(3, Duration.ofMillis(200), 2.0, 0.5,
            Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(10), 50f, 50, 20, Duration.ofSeconds(30),
            5);

    public ResilienceSettings {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxTotalTime, "maxTotalTime");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(openDuration, "openDuration");
        check(maxAttempts >= 1 && maxAttempts <= 10, "maxAttempts must be 1-10, got " + maxAttempts);
        check(!initialBackoff.isNegative() && !initialBackoff.isZero(), "initialBackoff must be positive");
        check(backoffMultiplier >= 1.0, "backoffMultiplier must be >= 1.0");
        check(jitter >= 0 && jitter < 1, "jitter must be in [0, 1)");
        check(maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff must be >= initialBackoff");
        check(!maxTotalTime.isNegative() && !maxTotalTime.isZero(), "maxTotalTime must be positive");
        check(!maxRetryAfter.isNegative(), "maxRetryAfter must not be negative");
        check(failureRateThreshold > 0 && failureRateThreshold <= 100, "failureRateThreshold must be in (0, 100]");
        check(slidingWindowSize >= 1, "slidingWindowSize must be >= 1");
        check(minimumCalls >= 1, "minimumCalls must be >= 1");
        check(!openDuration.isNegative() && !openDuration.isZero(), "openDuration must be positive");
        check(halfOpenCalls >= 1, "halfOpenCalls must be >= 1");
    }

    public ResilienceSettings withMaxAttempts(int attempts) {
        return new ResilienceSettings(attempts, initialBackoff, backoffMultiplier, jitter, maxBackoff, maxTotalTime,
                maxRetryAfter, failureRateThreshold, slidingWindowSize, minimumCalls, openDuration, halfOpenCalls);
    }

    public ResilienceSettings withBackoff(Duration initial, Duration max) {
        return new ResilienceSettings(maxAttempts, initial, backoffMultiplier, jitter, max, maxTotalTime,
                maxRetryAfter, failureRateThreshold, slidingWindowSize, minimumCalls, openDuration, halfOpenCalls);
    }

    public ResilienceSettings withBreaker(float failureRate, int window, int minimum, Duration open, int halfOpen) {
        return new ResilienceSettings(maxAttempts, initialBackoff, backoffMultiplier, jitter, maxBackoff, maxTotalTime,
                maxRetryAfter, failureRate, window, minimum, open, halfOpen);
    }

    public ResilienceSettings withMaxTotalTime(Duration total) {
        return new ResilienceSettings(maxAttempts, initialBackoff, backoffMultiplier, jitter, maxBackoff, total,
                maxRetryAfter, failureRateThreshold, slidingWindowSize, minimumCalls, openDuration, halfOpenCalls);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new SnapConfigurationException("resilience setting invalid: " + message);
        }
    }
}
