package dev.snapgate.http;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bulkhead's slots and its waiting line: at most {@code slots} holders at once, the rest served in arrival order
 * (fair) and waiting at most {@code maxWait}. Thread-safe.
 *
 * <p>A wait of {@link #SWEPT_FROM} or more parks without a timer and is ended by {@link DeadlineSweep} (so it lasts
 * up to {@value DeadlineSweep#PERIOD_MILLIS} ms longer than asked); a shorter one is the semaphore's own timed wait.
 * Why: with 1,000 virtual threads calling through 64 slots every call waits, and a timed park on a virtual thread
 * schedules and cancels a wake-up on a timer thread each time (measured: a raw client bounded by a semaphore lost
 * 10-20 % of its throughput with a timed wait instead of an untimed one). The sweep ends a wait by interrupting the
 * waiter, which it does only while the waiter is provably still inside {@link #enter()}; the waiter absorbs that
 * interrupt before returning, so it never leaks to the caller.
 */
final class SlotGate {

    /** Waits from this long on are ended by the sweep; shorter ones by a timer, to keep them exact. */
    static final Duration SWEPT_FROM = Duration.ofMillis(4 * DeadlineSweep.PERIOD_MILLIS);

    private final Semaphore slots;
    private final long maxWaitNanos;

    SlotGate(int slots, Duration maxWait) {
        this.slots = new Semaphore(slots, true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    /**
     * Takes a slot, waiting at most the limit.
     *
     * @return true with a slot held (give it back with {@link #exit()}), false when none freed within the limit
     * @throws InterruptedException if the caller was interrupted while waiting; no slot is held
     */
    boolean enter() throws InterruptedException {
        // the timed form with no wait keeps the line: the untimed tryAcquire() would jump it
        if (slots.tryAcquire(0, TimeUnit.NANOSECONDS)) {
            return true;
        }
        if (maxWaitNanos == 0) {
            return false;
        }
        if (maxWaitNanos < SWEPT_FROM.toNanos()) {
            return slots.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        }
        Waiter waiter = new Waiter(Thread.currentThread(), System.nanoTime() + maxWaitNanos);
        DeadlineSweep.watch(waiter);
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            DeadlineSweep.forget(waiter);
            if (waiter.settle()) {
                throw e; // the caller's own interrupt
            }
            // the sweep expired the wait. If its interrupt is what woke us (the throw cleared it), the flag is clear
            // once it is delivered; if it is set then, two interrupts came, and the other one was the caller's
            if (waiter.awaitSweepInterrupt()) {
                Thread.currentThread().interrupt();
                throw e;
            }
            return false;
        }
        DeadlineSweep.forget(waiter);
        if (waiter.settle()) {
            return true;
        }
        // the limit passed just as the slot came: the sweep's interrupt is on its way, the slot goes to the next
        // (a caller's interrupt in the same instant is indistinguishable from it and is absorbed with it)
        slots.release();
        waiter.awaitSweepInterrupt();
        return false;
    }

    /** Gives a slot taken by {@link #enter()} back. */
    void exit() {
        slots.release();
    }

    /** Slots free now. */
    int free() {
        return slots.availablePermits();
    }

    /** One caller waiting for a slot; settled by the caller or expired by the sweep, whichever is first. */
    private static final class Waiter extends DeadlineSweep.Watched {
        private static final int WAITING = 0;
        private static final int SETTLED = 1;
        private static final int EXPIRING = 2;
        private static final int EXPIRED = 3;
        private static final VarHandle STATE;

        static {
            try {
                STATE = MethodHandles.lookup().findVarHandle(Waiter.class, "state", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final Thread thread;
        @SuppressWarnings("unused") // through STATE
        private volatile int state;

        Waiter(Thread thread, long deadline) {
            super(deadline);
            this.thread = thread;
        }

        /** The sweep: ends the wait unless the caller settled first. */
        @Override
        void expire() {
            if (STATE.compareAndSet(this, WAITING, EXPIRING)) {
                thread.interrupt();
                state = EXPIRED;
            }
        }

        /** The caller: true if it settled before the sweep expired the wait. */
        boolean settle() {
            return STATE.compareAndSet(this, WAITING, SETTLED);
        }

        /**
         * Waits (briefly: the sweep interrupts, then marks the wait expired) until the sweep's interrupt has been
         * delivered, then clears the thread's flag; returns whether it was set.
         */
        boolean awaitSweepInterrupt() {
            while (state != EXPIRED) {
                Thread.yield(); // a virtual thread gives its carrier back rather than spin on it
            }
            return Thread.interrupted();
        }
    }
}
