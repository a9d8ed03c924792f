package dev.snapgate.http;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** Moves one second forward on every read, so every attempt gets a timestamp of its own. */
final class TickingClock extends Clock {

    private final Instant start;
    private final AtomicLong ticks = new AtomicLong();

    TickingClock(Instant start) {
        this.start = start;
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
        return start.plusSeconds(ticks.getAndIncrement());
    }
}
