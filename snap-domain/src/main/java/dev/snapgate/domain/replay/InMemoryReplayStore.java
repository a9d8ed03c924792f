package dev.snapgate.domain.replay;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@link ReplayStore} in this process's memory: a first use is {@link IdempotencyStore#putIfAbsent} on an
 * {@link InMemoryIdempotencyStore}, which sweeps expired entries as it goes, so the store holds at most what arrived
 * within the longest retention in use. Thread-safe.
 */
public final class InMemoryReplayStore implements ReplayStore {

    private final InMemoryIdempotencyStore seen;

    public InMemoryReplayStore(Clock clock) {
        this.seen = new InMemoryIdempotencyStore(Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public boolean firstUse(String id, Instant forgetAfter) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forgetAfter, "forgetAfter");
        return seen.putIfAbsent(id, "seen", forgetAfter).isEmpty();
    }

    /** Identifiers now remembered (for tests and diagnostics). */
    public int size() {
        return seen.size();
    }
}
