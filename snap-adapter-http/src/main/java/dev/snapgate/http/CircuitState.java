package dev.snapgate.http;

import java.util.Locale;

/** The state of the circuit breaker in front of one upstream, as {@link SnapClient#health()} reports it. */
public enum CircuitState {
    /** Calls go through. */
    CLOSED,
    /** Calls are refused without reaching NICEPAY until the open period ends. */
    OPEN,
    /** A few probe calls go through to learn whether NICEPAY is back. */
    HALF_OPEN,
    /** Any other state of the breaker library (disabled, forced, metrics only). */
    OTHER;

    static CircuitState of(String breakerState) {
        try {
            return valueOf(breakerState.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }
}
