package dev.snapgate.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A controllable clock for tests, optionally moving forward by a step on every read. Thread-safe. */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final Duration stepPerRead;

    public MutableClock(Instant start) {
        this(start, Duration.ZERO);
    }

    private MutableClock(Instant start, Duration stepPerRead) {
        this.now = new AtomicReference<>(start);
        this.stepPerRead = stepPerRead;
    }

    /** A clock that moves {@code step} forward on every read, so each attempt gets a timestamp of its own. */
    public static MutableClock ticking(Instant start, Duration step) {
        return new MutableClock(start, step);
    }

    public void advance(Duration duration) {
        now.updateAndGet(i -> i.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return stepPerRead.isZero() ? now.get() : now.getAndUpdate(i -> i.plus(stepPerRead));
    }
}
