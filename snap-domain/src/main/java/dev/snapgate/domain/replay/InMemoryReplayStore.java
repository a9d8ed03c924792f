package dev.snapgate.domain.replay;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ReplayStore} in this process's memory. Expired entries are swept every {@code 1024} insertions, so the
 * store holds at most what arrived within the longest retention in use. Thread-safe.
 */
public final class InMemoryReplayStore implements ReplayStore {

    private static final int SWEEP_EVERY = 1024;

    private final Clock clock;
    private final ConcurrentMap<String, Instant> seen = new ConcurrentHashMap<>();
    private final AtomicInteger insertions = new AtomicInteger();

    public InMemoryReplayStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean firstUse(String id, Instant forgetAfter) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forgetAfter, "forgetAfter");
        Instant now = clock.instant();
        boolean[] first = {false};
        seen.compute(id, (k, previous) -> {
            if (previous == null || !previous.isAfter(now)) {
                first[0] = true;
                return forgetAfter;
            }
            return previous;
        });
        if (first[0] && insertions.incrementAndGet() % SWEEP_EVERY == 0) {
            seen.values().removeIf(until -> !until.isAfter(now));
        }
        return first[0];
    }

    /** Identifiers now remembered (for tests and diagnostics). */
    public int size() {
        return seen.size();
    }
}
