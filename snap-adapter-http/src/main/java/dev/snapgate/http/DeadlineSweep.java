package dev.snapgate.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread for the whole library that, every {@value #PERIOD_MILLIS} ms, ends whatever is past its deadline:
 * bodies still arriving at their attempt's deadline, and waits for a bulkhead slot past their limit. A sweep instead
 * of a timer per wait: scheduling (and cancelling) a timer for every call woke a timer thread on every call, which a
 * busy 2-core machine paid for in throughput, and on a virtual thread every timed park does the same.
 */
final class DeadlineSweep {

    /** How often the sweep runs; a deadline is kept to within this. */
    static final long PERIOD_MILLIS = 50;

    /** Something with a deadline ({@link System#nanoTime()}) and a way to end it. */
    abstract static class Watched {
        private final long deadline;

        Watched(long deadline) {
            this.deadline = deadline;
        }

        final long deadline() {
            return deadline;
        }

        /** Called once, by the sweep, after the deadline; must not block. */
        abstract void expire();
    }

    private static final Set<Watched> WATCHED = ConcurrentHashMap.newKeySet();

    static {
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "snapgate-deadline-sweep");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(DeadlineSweep::sweep, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private DeadlineSweep() {
    }

    static void watch(Watched watched) {
        WATCHED.add(watched);
    }

    static void forget(Watched watched) {
        WATCHED.remove(watched);
    }

    private static void sweep() {
        long now = System.nanoTime();
        for (Watched watched : WATCHED) {
            if (now - watched.deadline() >= 0 && WATCHED.remove(watched)) {
                try {
                    watched.expire();
                } catch (RuntimeException e) {
                    // one failure must not end the sweep for everything else (a scheduled task that throws is
                    // never run again)
                }
            }
        }
    }
}
