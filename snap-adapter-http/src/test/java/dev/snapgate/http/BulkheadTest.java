package dev.snapgate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.observe.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bulkhead: a bounded number of attempts in flight per upstream, the rest waiting a bounded time, never sent. */
class BulkheadTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        callers.shutdownNow();
    }

    private static Resilience resilience(int slots, Duration wait) {
        return new Resilience("nicepay", ResilienceSettings.builder().maxConcurrentCalls(slots).maxWaitForSlot(wait)
                .minimumCalls(2).slidingWindowSize(2).build(), Clock.systemUTC());
    }

    /** Fills every slot with an attempt that holds it until {@link #release}; returns once all are inside. */
    private List<Future<String>> fill(Resilience resilience, int slots) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(slots);
        List<Future<String>> held = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            held.add(callers.submit(() -> resilience.once(() -> {
                inside.countDown();
                await(release);
                return "held";
            })));
        }
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        return held;
    }

    @Test
    void full_failsBusyAtOnce_withoutRunningTheAttempt_andWithoutBlamingTheUpstream() throws Exception {
        Resilience resilience = resilience(2, Duration.ZERO);
        List<Future<String>> held = fill(resilience, 2);
        AtomicInteger sent = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> resilience.once(sent::incrementAndGet))
                    .isInstanceOfSatisfying(SnapUnavailableException.class, e -> {
                        assertThat(e.reason()).isEqualTo(SnapUnavailableException.Reason.BUSY);
                        assertThat(e.isRetryable()).isFalse();
                        assertThat(Outcome.of(e)).isEqualTo(Outcome.BUSY);
                        assertThat(e.getMessage()).contains("2 calls were already in flight", "no request was sent",
                                "maxConcurrentCalls");
                    });
        }
        assertThat(sent).hasValue(0);
        assertThat(resilience.freeSlots()).isZero();
        // five refusals in a two-call window would have opened the breaker were they counted against the upstream
        assertThat(resilience.circuitState()).isEqualTo("CLOSED");
        release.countDown();
        for (Future<String> call : held) {
            assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo("held");
        }
        assertThat(resilience.withRetry(sent::incrementAndGet)).isEqualTo(1);
    }

    @Test
    void aWaitingCall_takesTheFirstSlotThatFrees_withinItsWait() throws Exception {
        Resilience resilience = resilience(1, Duration.ofSeconds(30));
        fill(resilience, 1);
        AtomicInteger sent = new AtomicInteger();
        Thread[] waiter = new Thread[1];
        CountDownLatch submitted = new CountDownLatch(1);
        Future<Integer> waiting = callers.submit(() -> {
            waiter[0] = Thread.currentThread();
            submitted.countDown();
            return resilience.once(sent::incrementAndGet);
        });
        assertThat(submitted.await(10, TimeUnit.SECONDS)).isTrue();
        // the fact waited on: the caller is parked in the bulkhead, not yet sending
        while (waiter[0].getState() != Thread.State.WAITING && !waiting.isDone()) {
            Thread.onSpinWait();
        }
        assertThat(sent).hasValue(0);
        release.countDown();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(resilience.freeSlots()).isEqualTo(1);
    }

    @Test
    void aFailedAttempt_givesItsSlotBack() {
        Resilience resilience = resilience(1, Duration.ZERO);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> resilience.once(() -> {
                throw new SnapUnavailableException("boom", SnapUnavailableException.Reason.SERVER_ERROR);
            })).isInstanceOf(SnapUnavailableException.class);
        }
        assertThat(resilience.freeSlots()).isEqualTo(1);
    }

    @Test
    void settings_refuseAnEmptyBulkheadOrANegativeWait() {
        assertThatThrownBy(() -> ResilienceSettings.builder().maxConcurrentCalls(0).build())
                .hasMessageContaining("maxConcurrentCalls must be 1-10000");
        assertThatThrownBy(() -> ResilienceSettings.builder().maxWaitForSlot(Duration.ofMillis(-1)).build())
                .hasMessageContaining("maxWaitForSlot must be 0-5 min");
        assertThat(ResilienceSettings.DEFAULTS.maxConcurrentCalls()).isEqualTo(64);
        // a one-call window made Resilience4j 2.4.0 throw a NullPointerException on every call after the first
        assertThatThrownBy(() -> ResilienceSettings.builder().slidingWindowSize(1).build())
                .hasMessageContaining("slidingWindowSize must be >= 2");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
