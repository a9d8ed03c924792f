package dev.snapgate.http;

import dev.snapgate.domain.error.SnapConfigurationException;
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
 * @param maxConcurrentCalls the bulkhead: attempts in flight to this upstream at once, every merchant together
 *     (default 64); one more waits for a free slot
 * @param maxWaitForSlot how long a call waits for a free slot before it fails with
 *     {@code SnapUnavailableException} reason {@code BUSY}, nothing sent (default 5 s; zero fails at once). Waiting
 *     callers are served in arrival order; a wait of 200 ms or more is ended by a sweep every 50 ms, not by a timer
 *     of its own, so it may last up to 50 ms longer
 */
public record ResilienceSettings(int maxAttempts, Duration initialBackoff, double backoffMultiplier, double jitter,
        Duration maxBackoff, Duration maxTotalTime, Duration maxRetryAfter, float failureRateThreshold,
        int slidingWindowSize, int minimumCalls, Duration openDuration, int halfOpenCalls, int maxConcurrentCalls,
        Duration maxWaitForSlot) {

    public static final ResilienceSettings DEFAULTS = new ResilienceSettings(3, Duration.ofMillis(200), 2.0, 0.5,
            Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(10), 50f, 50, 20, Duration.ofSeconds(30),
            5, 64, Duration.ofSeconds(5));

    public ResilienceSettings {
        check(initialBackoff != null, "initialBackoff must be set");
        check(maxBackoff != null, "maxBackoff must be set");
        check(maxTotalTime != null, "maxTotalTime must be set");
        check(maxRetryAfter != null, "maxRetryAfter must be set");
        check(openDuration != null, "openDuration must be set");
        check(maxAttempts >= 1 && maxAttempts <= 10, "maxAttempts must be 1-10, got " + maxAttempts);
        check(!initialBackoff.isNegative() && !initialBackoff.isZero(), "initialBackoff must be positive, got "
                + initialBackoff);
        check(backoffMultiplier >= 1.0, "backoffMultiplier must be >= 1.0, got " + backoffMultiplier);
        check(jitter >= 0 && jitter < 1, "jitter must be in [0, 1), got " + jitter);
        check(maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff must be >= initialBackoff");
        check(!maxTotalTime.isNegative() && !maxTotalTime.isZero(), "maxTotalTime must be positive");
        check(!maxRetryAfter.isNegative(), "maxRetryAfter must not be negative");
        check(failureRateThreshold > 0 && failureRateThreshold <= 100, "failureRateThreshold must be in (0, 100], got "
                + failureRateThreshold);
        // Resilience4j 2.4.0's lock-free window of one call throws a NullPointerException from the second call on
        check(slidingWindowSize >= 2, "slidingWindowSize must be >= 2, got " + slidingWindowSize);
        check(minimumCalls >= 1, "minimumCalls must be >= 1, got " + minimumCalls);
        check(!openDuration.isNegative() && !openDuration.isZero(), "openDuration must be positive");
        check(halfOpenCalls >= 1, "halfOpenCalls must be >= 1, got " + halfOpenCalls);
        check(maxConcurrentCalls >= 1 && maxConcurrentCalls <= 10_000, "maxConcurrentCalls must be 1-10000, got "
                + maxConcurrentCalls);
        check(maxWaitForSlot != null, "maxWaitForSlot must be set");
        check(!maxWaitForSlot.isNegative() && maxWaitForSlot.compareTo(Duration.ofMinutes(5)) <= 0,
                "maxWaitForSlot must be 0-5 min, got " + maxWaitForSlot);
    }

    /** A builder starting from {@link #DEFAULTS}. */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** These settings with {@code attempts} attempts in total. */
    public ResilienceSettings withMaxAttempts(int attempts) {
        return toBuilder().maxAttempts(attempts).build();
    }

    /** These settings with another first backoff and backoff cap. */
    public ResilienceSettings withBackoff(Duration initial, Duration max) {
        return toBuilder().initialBackoff(initial).maxBackoff(max).build();
    }

    /**
     * Named construction of {@link ResilienceSettings}; every rule is checked by {@link #build()}, which throws a
     * {@link SnapConfigurationException} naming the setting.
     */
    public static final class Builder {
        private int maxAttempts;
        private Duration initialBackoff;
        private double backoffMultiplier;
        private double jitter;
        private Duration maxBackoff;
        private Duration maxTotalTime;
        private Duration maxRetryAfter;
        private float failureRateThreshold;
        private int slidingWindowSize;
        private int minimumCalls;
        private Duration openDuration;
        private int halfOpenCalls;
        private int maxConcurrentCalls;
        private Duration maxWaitForSlot;

        private Builder(ResilienceSettings from) {
            maxAttempts = from.maxAttempts;
            initialBackoff = from.initialBackoff;
            backoffMultiplier = from.backoffMultiplier;
            jitter = from.jitter;
            maxBackoff = from.maxBackoff;
            maxTotalTime = from.maxTotalTime;
            maxRetryAfter = from.maxRetryAfter;
            failureRateThreshold = from.failureRateThreshold;
            slidingWindowSize = from.slidingWindowSize;
            minimumCalls = from.minimumCalls;
            openDuration = from.openDuration;
            halfOpenCalls = from.halfOpenCalls;
            maxConcurrentCalls = from.maxConcurrentCalls;
            maxWaitForSlot = from.maxWaitForSlot;
        }

        /** Attempts in total, first included: 1-10 (1 turns retries off). */
        public Builder maxAttempts(int value) {
            this.maxAttempts = value;
            return this;
        }

        public Builder initialBackoff(Duration value) {
            this.initialBackoff = value;
            return this;
        }

        public Builder backoffMultiplier(double value) {
            this.backoffMultiplier = value;
            return this;
        }

        /** Randomisation of each backoff, in [0, 1). */
        public Builder jitter(double value) {
            this.jitter = value;
            return this;
        }

        public Builder maxBackoff(Duration value) {
            this.maxBackoff = value;
            return this;
        }

        /** No new attempt starts after this much time since the first. */
        public Builder maxTotalTime(Duration value) {
            this.maxTotalTime = value;
            return this;
        }

        /** A longer server {@code Retry-After} ends the retries. */
        public Builder maxRetryAfter(Duration value) {
            this.maxRetryAfter = value;
            return this;
        }

        /** Percentage of upstream failures, in (0, 100], that opens the breaker. */
        public Builder failureRateThreshold(float value) {
            this.failureRateThreshold = value;
            return this;
        }

        public Builder slidingWindowSize(int value) {
            this.slidingWindowSize = value;
            return this;
        }

        public Builder minimumCalls(int value) {
            this.minimumCalls = value;
            return this;
        }

        public Builder openDuration(Duration value) {
            this.openDuration = value;
            return this;
        }

        public Builder halfOpenCalls(int value) {
            this.halfOpenCalls = value;
            return this;
        }

        /** The bulkhead: attempts in flight to this upstream at once, 1-10000. */
        public Builder maxConcurrentCalls(int value) {
            this.maxConcurrentCalls = value;
            return this;
        }

        /** How long a call waits for a free slot in the bulkhead, 0-5 min. */
        public Builder maxWaitForSlot(Duration value) {
            this.maxWaitForSlot = value;
            return this;
        }

        /** @throws SnapConfigurationException naming the first setting that breaks a rule */
        public ResilienceSettings build() {
            return new ResilienceSettings(maxAttempts, initialBackoff, backoffMultiplier, jitter, maxBackoff,
                    maxTotalTime, maxRetryAfter, failureRateThreshold, slidingWindowSize, minimumCalls, openDuration,
                    halfOpenCalls, maxConcurrentCalls, maxWaitForSlot);
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new SnapConfigurationException("ResilienceSettings: " + message);
        }
    }
}
