package dev.snapgate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bulkhead's gate: slots bounded, waiters served in arrival order, each wait bounded (by the sweep from
 * {@link SlotGate#SWEPT_FROM}, by a timer below it), the sweep's interrupt never left on the caller's thread.
 */
class SlotGateTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** Runs {@code enter} on its own thread and returns once that thread is parked in the gate's line. */
    private Future<Boolean> waitingEnter(SlotGate gate, List<String> order, String name) throws Exception {
        Thread[] thread = new Thread[1];
        CountDownLatch started = new CountDownLatch(1);
        Future<Boolean> entered = threads.submit(() -> {
            thread[0] = Thread.currentThread();
            started.countDown();
            boolean in = gate.enter();
            order.add(name + (in ? " in" : " busy") + (Thread.interrupted() ? " interrupted" : ""));
            return in;
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        while (thread[0].getState() != Thread.State.WAITING && thread[0].getState() != Thread.State.TIMED_WAITING
                && !entered.isDone()) {
            Thread.onSpinWait();
        }
        return entered;
    }

    @Test
    void aLongWaitPastItsLimit_isEndedByTheSweep_busy_andLeavesNoInterruptBehind() throws Exception {
        SlotGate gate = new SlotGate(1, SlotGate.SWEPT_FROM);
        assertThat(gate.enter()).isTrue();
        List<String> order = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        Future<Boolean> waiter = waitingEnter(gate, order, "waiter");
        assertThat(waiter.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(SlotGate.SWEPT_FROM.toNanos());
        assertThat(order).containsExactly("waiter busy");
        assertThat(gate.free()).isZero(); // still held here, not handed to the waiter that gave up
        gate.exit();
        assertThat(gate.free()).isEqualTo(1);
    }

    @Test
    void aShortWaitPastItsLimit_isTimed_busy() throws Exception {
        SlotGate gate = new SlotGate(1, Duration.ofMillis(20));
        assertThat(gate.enter()).isTrue();
        long start = System.nanoTime();
        assertThat(threads.submit(gate::enter).get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(20).toNanos());
        gate.exit();
        assertThat(gate.free()).isEqualTo(1);
    }

    @Test
    void noWait_failsAtOnce_whenEverySlotIsHeld() throws Exception {
        SlotGate gate = new SlotGate(2, Duration.ZERO);
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isFalse();
        gate.exit();
        assertThat(gate.enter()).isTrue();
    }

    @Test
    void waiters_takeFreedSlotsInArrivalOrder() throws Exception {
        SlotGate gate = new SlotGate(1, Duration.ofSeconds(30));
        assertThat(gate.enter()).isTrue();
        List<String> order = new CopyOnWriteArrayList<>();
        Future<Boolean> first = waitingEnter(gate, order, "first");
        Future<Boolean> second = waitingEnter(gate, order, "second");
        gate.exit();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("first in");
        gate.exit(); // the first's slot
        assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("first in", "second in");
        gate.exit();
        assertThat(gate.free()).isEqualTo(1);
    }

    @Test
    void theCallersOwnInterrupt_endsTheWait_asAnInterrupt_holdingNoSlot() throws Exception {
        SlotGate gate = new SlotGate(1, Duration.ofSeconds(30));
        assertThat(gate.enter()).isTrue();
        Thread[] thread = new Thread[1];
        CountDownLatch started = new CountDownLatch(1);
        Future<String> waiter = threads.submit(() -> {
            thread[0] = Thread.currentThread();
            started.countDown();
            try {
                return "entered: " + gate.enter();
            } catch (InterruptedException e) {
                return "interrupted";
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        while (thread[0].getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        thread[0].interrupt();
        assertThat(waiter.get(10, TimeUnit.SECONDS)).isEqualTo("interrupted");
        gate.exit();
        assertThat(gate.free()).isEqualTo(1);
    }

    /**
     * Slots freeing while waits expire, many times over: never more holders than slots, every slot back at the end,
     * and no caller left with an interrupt it did not ask for (the sweep's, absorbed either way).
     */
    @Test
    void slotsFreeingAsWaitsExpire_loseNoSlot_admitNoExtraHolder_andLeakNoInterrupt() throws Exception {
        int slots = 2;
        SlotGate gate = new SlotGate(slots, SlotGate.SWEPT_FROM);
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger mostHolders = new AtomicInteger();
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger leakedInterrupts = new AtomicInteger();
        List<Callable<Void>> callers = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            callers.add(() -> {
                for (int i = 0; i < 12; i++) {
                    boolean in = gate.enter();
                    if (Thread.interrupted()) {
                        leakedInterrupts.incrementAndGet();
                    }
                    if (!in) {
                        busy.incrementAndGet();
                        continue;
                    }
                    admitted.incrementAndGet();
                    mostHolders.accumulateAndGet(holders.incrementAndGet(), Math::max);
                    // holds of 20-90 ms: ten callers on two slots wait around the 200 ms limit, so slots free
                    // while the sweep is expiring waits
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextInt(20, 90)));
                    holders.decrementAndGet();
                    gate.exit();
                }
                return null;
            });
        }
        for (Future<Void> done : threads.invokeAll(callers, 60, TimeUnit.SECONDS)) {
            done.get();
        }
        assertThat(admitted.get() + busy.get()).isEqualTo(10 * 12);
        assertThat(admitted.get()).isPositive();
        assertThat(mostHolders.get()).isLessThanOrEqualTo(slots);
        assertThat(leakedInterrupts).hasValue(0);
        assertThat(gate.free()).isEqualTo(slots);
    }
}
