package dev.snapgate.domain.replay;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link IdempotencyStore} in this process's memory: one process, or tests. Entries past their time are swept
 * every {@code 1024} insertions, so it holds at most what arrived within the longest retention in use. Thread-safe.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private static final int SWEEP_EVERY = 1024;

    /** A key's state: pending (owner set) or done (answer set), until a moment. */
    private record Entry(String owner, String answer, Instant until) {
    }

    private final Clock clock;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger insertions = new AtomicInteger();

    public InMemoryIdempotencyStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Claim claim(String key, Instant leaseUntil) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Instant now = clock.instant();
        String owner = UUID.randomUUID().toString();
        Entry after = entries.compute(key, (k, e) -> e == null || !e.until().isAfter(now)
                ? new Entry(owner, null, leaseUntil) : e);
        if (after.owner() != null && after.owner().equals(owner)) {
            inserted(now);
            return new Claim.Claimed(owner);
        }
        return after.answer() != null ? new Claim.Done(after.answer()) : new Claim.Pending();
    }

    @Override
    public boolean complete(String key, String owner, String answer, Instant forgetAfter) {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(forgetAfter, "forgetAfter");
        boolean[] done = {false};
        entries.computeIfPresent(key, (k, e) -> {
            if (owner.equals(e.owner())) {
                done[0] = true;
                return new Entry(null, answer, forgetAfter);
            }
            return e;
        });
        return done[0];
    }

    @Override
    public boolean release(String key, String owner) {
        Objects.requireNonNull(owner, "owner");
        boolean[] released = {false};
        entries.computeIfPresent(key, (k, e) -> {
            if (owner.equals(e.owner())) {
                released[0] = true;
                return null;
            }
            return e;
        });
        return released[0];
    }

    @Override
    public Optional<String> putIfAbsent(String key, String value, Instant forgetAfter) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Instant now = clock.instant();
        Entry mine = new Entry(null, value, forgetAfter);
        Entry after = entries.compute(key, (k, e) -> e == null || !e.until().isAfter(now) ? mine : e);
        if (after == mine) {
            inserted(now);
            return Optional.empty();
        }
        return Optional.of(after.answer() != null ? after.answer() : "");
    }

    private void inserted(Instant now) {
        if (insertions.incrementAndGet() % SWEEP_EVERY == 0) {
            entries.values().removeIf(e -> !e.until().isAfter(now));
        }
    }

    /** Keys now remembered, pending or done (for tests and diagnostics). */
    public int size() {
        return entries.size();
    }
}
