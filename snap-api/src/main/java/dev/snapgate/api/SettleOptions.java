package dev.snapgate.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How long {@link Settlement} keeps asking: until {@code deadline} has passed, pausing {@code firstPause} after the
 * first inquiry and doubling the pause up to {@code maxPause}.
 */
public record SettleOptions(Duration deadline, Duration firstPause, Duration maxPause) {

    /** Two minutes, pausing 1 s, 2 s, 4 s... up to 15 s. */
    public static final SettleOptions DEFAULTS = new SettleOptions(Duration.ofMinutes(2), Duration.ofSeconds(1),
            Duration.ofSeconds(15));

    public SettleOptions {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(firstPause, "firstPause");
        Objects.requireNonNull(maxPause, "maxPause");
        if (deadline.isNegative() || firstPause.isNegative() || maxPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("deadline and pauses must not be negative, and maxPause must be at"
                    + " least firstPause");
        }
    }

    public SettleOptions withDeadline(Duration d) {
        return new SettleOptions(d, firstPause, maxPause);
    }

    public SettleOptions withPauses(Duration first, Duration max) {
        return new SettleOptions(deadline, first, max);
    }
}
