package dev.snapgate.http;

import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.domain.error.SnapUnavailableException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resilience4j for one upstream: a bulkhead bounding the attempts in flight to it, a circuit breaker shared by
 * every call to it, and a retry policy (exponential
 * backoff with jitter, {@code Retry-After} honoured, bounded attempts and total time) applied to calls that are
 * safe to repeat. Events are logged at INFO with the exception type and reason only. Thread-safe.
 */
final class Resilience {

    private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);

    private final String name;
    private final ResilienceSettings settings;
    private final Clock clock;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final SlotGate gate;
    private final Bulkhead bulkhead;
    private final BulkheadRegistry bulkheads;
    private final io.github.resilience4j.retry.RetryRegistry retries;
    private final io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry breakers;
    private final dev.snapgate.domain.observe.SnapListener listener;

    Resilience(String name, ResilienceSettings settings, Clock clock) {
        this(name, settings, clock, dev.snapgate.domain.observe.SnapListener.NONE);
    }

    Resilience(String name, ResilienceSettings settings, Clock clock,
            dev.snapgate.domain.observe.SnapListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.name = Objects.requireNonNull(name, "name");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(),
                settings.backoffMultiplier(), settings.jitter(), settings.maxBackoff());
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof SnapUnavailableException u
                    && u.retryAfter().isPresent()) {
                return u.retryAfter().get().toMillis();
            }
            return backoff.apply(attempt);
        };
        this.retries = io.github.resilience4j.retry.RetryRegistry.ofDefaults();
        this.breakers = io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry.ofDefaults();
        this.retry = retries.retry(name, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalBiFunction(interval)
                .retryOnException(Resilience::retryable)
                .build());
        this.breaker = breakers.circuitBreaker(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                // every call of every merchant records into this one window: lock-free, so 32 callers do not queue
                // on a monitor
                .slidingWindowSynchronizationStrategy(
                        CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.openDuration())
                // the open period runs on the client's clock, like every other time snapgate keeps
                .clock(clock)
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
                // only upstream health counts against the upstream: a 4xx (429 included: one merchant's throttling
                // must not block every merchant) or an interrupted caller says nothing about it
                .recordException(Resilience::upstreamFailure)
                .ignoreException(Resilience::notAboutTheUpstream)
                .build());
        // the gate bounds the calls in flight and keeps the waiting line (fair, each wait bounded, no timer per wait);
        // Resilience4j's bulkhead of the same size, entered only through the gate so never waited on, keeps its
        // counts and gauges (resilience4j.bulkhead.*) and would refuse a call should the two ever disagree
        this.gate = new SlotGate(settings.maxConcurrentCalls(), settings.maxWaitForSlot());
        this.bulkheads = BulkheadRegistry.ofDefaults();
        this.bulkhead = bulkheads.bulkhead(name, BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build());
        retry.getEventPublisher().onRetry(e -> LOG.info("retrying {} call, attempt {} of {}, in {} ms, after {}", name,
                e.getNumberOfRetryAttempts() + 1, settings.maxAttempts(), e.getWaitInterval().toMillis(),
                describe(e.getLastThrowable())));
        // state changes are logged by comparing after each call: a registered event consumer would make the
        // breaker build an event (with a ZonedDateTime) for every successful call
        lastState = breaker.getState();
    }

    private volatile CircuitBreaker.State lastState;

    private void noteState() {
        CircuitBreaker.State now = breaker.getState();
        CircuitBreaker.State before = lastState;
        if (now != before) {
            lastState = now;
            LOG.info("circuit breaker {}: {} -> {}", name, before, now);
            listener.breakerStateChanged(name, before.name(), now.name());
        }
    }

    /**
     * Runs one attempt in a bulkhead slot and through the breaker; no retry (for calls that must not be repeated).
     * The slot is held for the attempt only, never across a backoff, so a retrying caller does not keep others out.
     */
    <T> T once(Supplier<T> attempt) {
        try {
            if (!gate.enter()) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SnapUnavailableException("interrupted while waiting for a free slot to call " + name
                    + "; no request was sent", SnapUnavailableException.Reason.INTERRUPTED);
        }
        try {
            bulkhead.acquirePermission();
        } catch (BulkheadFullException e) {
            gate.exit();
            throw busy();
        }
        try {
            return breaker.executeSupplier(attempt);
        } catch (CallNotPermittedException e) {
            throw open();
        } finally {
            bulkhead.onComplete();
            gate.exit();
            noteState();
        }
    }

    /** Runs attempts through the breaker, retrying retryable failures within the attempt and time budget. */
    <T> T withRetry(Supplier<T> attempt) {
        return withRetry(attempt, 0);
    }

    /**
     * As {@link #withRetry(Supplier)}, and no retry starts at or after {@code deadlineAt} ({@link System#nanoTime()};
     * 0 for none): the call's own deadline.
     */
    <T> T withRetry(Supplier<T> attempt, long deadlineAt) {
        Retry.Context<T> context = retry.context();
        Instant deadline = clock.instant().plus(settings.maxTotalTime());
        SnapException last = null;
        while (true) {
            if (last != null && deadlineAt != 0 && System.nanoTime() - deadlineAt >= 0) {
                throw last; // the backoff ran past the call's own deadline: the last real failure, nothing more sent
            }
            try {
                T result = once(attempt);
                context.onComplete();
                return result;
            } catch (SnapException e) {
                last = e;
                if (e.isRetryable()) {
                    Duration remaining = Duration.between(clock.instant(), deadline);
                    Duration asked = e instanceof SnapUnavailableException u ? u.retryAfter().orElse(Duration.ZERO)
                            : Duration.ZERO;
                    if (remaining.isNegative() || remaining.isZero() || asked.compareTo(settings.maxRetryAfter()) > 0
                            || asked.compareTo(remaining) > 0) {
                        LOG.info("not retrying {} call: time budget spent or Retry-After too long", name);
                        throw e;
                    }
                    if (deadlineAt != 0 && deadlineAt - System.nanoTime() <= asked.toNanos()) {
                        LOG.info("not retrying {} call: the call's own deadline has passed", name);
                        throw e;
                    }
                }
                context.onRuntimeError(e); // sleeps before the next attempt, or rethrows when it may not retry
            }
        }
    }

    /** The registries holding this upstream's retry and breaker (for resilience4j-micrometer). */
    io.github.resilience4j.retry.RetryRegistry retryRegistry() {
        return retries;
    }

    io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry breakerRegistry() {
        return breakers;
    }

    BulkheadRegistry bulkheadRegistry() {
        return bulkheads;
    }

    /**
     * Free slots in the bulkhead now, for tests at rest: the gate and Resilience4j's count must then agree (while calls
     * are entering they may differ for an instant, so this is no live health reading).
     */
    int freeSlots() {
        int free = gate.free();
        int counted = bulkhead.getMetrics().getAvailableConcurrentCalls();
        if (free != counted) {
            throw new IllegalStateException("bulkhead counts disagree: " + free + " free in the gate, " + counted
                    + " in Resilience4j's bulkhead");
        }
        return free;
    }

    String circuitState() {
        return breaker.getState().name();
    }

    private SnapUnavailableException open() {
        return new SnapUnavailableException("the circuit breaker for " + name + " is open after repeated upstream"
                + " failures; no request was sent. It lets a probe through after " + settings.openDuration().toSeconds()
                + " s; try again then", SnapUnavailableException.Reason.CIRCUIT_OPEN);
    }

    private SnapUnavailableException busy() {
        return new SnapUnavailableException(settings.maxConcurrentCalls() + " calls were already in flight to " + name
                + " and none finished within " + settings.maxWaitForSlot().toMillis() + " ms; no request was sent."
                + " Raise ResilienceSettings.maxConcurrentCalls or maxWaitForSlot if the upstream allows it, or"
                + " shed this load", SnapUnavailableException.Reason.BUSY);
    }

    private static boolean upstreamFailure(Throwable t) {
        if (t instanceof SnapOutcomeUnknownException) {
            return true;
        }
        return t instanceof SnapUnavailableException u && switch (u.reason()) {
            case SERVER_ERROR, TIMEOUT, NETWORK, CONNECT, IN_PROGRESS -> true;
            case THROTTLED, CIRCUIT_OPEN, INTERRUPTED, BUSY -> false;
        };
    }

    private static boolean notAboutTheUpstream(Throwable t) {
        return t instanceof SnapUnavailableException u && (u.reason() == SnapUnavailableException.Reason.THROTTLED
                || u.reason() == SnapUnavailableException.Reason.INTERRUPTED);
    }

    private static boolean retryable(Throwable t) {
        return t instanceof SnapException e && e.isRetryable();
    }

    private static String describe(Throwable t) {
        if (t instanceof SnapUnavailableException u) {
            return u.reason() + u.responseCode().map(c -> " " + c.value()).orElse("");
        }
        if (t instanceof SnapException s) {
            return t.getClass().getSimpleName() + s.responseCode().map(c -> " " + c.value()).orElse("");
        }
        return t == null ? "unknown" : t.getClass().getSimpleName();
    }
}
