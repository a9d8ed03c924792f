package dev.snapgate.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * The inbound side's meter, {@code snapgate.inbound.requests}: a timer per request with tags {@code endpoint}
 * ({@code token}, {@code inquiry}, {@code payment}, {@code notification}, {@code unknown}), {@code outcome}
 * ({@code accepted}, {@code rejected}, {@code failed}) and {@code code} (the SNAP code answered). Micrometer is
 * optional: only a platform that calls {@link #listener} needs it.
 */
public final class InboundMetrics {

    private InboundMetrics() {
    }

    /** An {@link InboundListener} recording into {@code registry}; combine it with others via {@link #both}. */
    public static InboundListener listener(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();
        return event -> timers.computeIfAbsent(event.endpoint() + "|" + event.outcome() + "|" + event.responseCode(),
                k -> Timer.builder("snapgate.inbound.requests")
                        .description("NICEPAY's calls to this merchant, by endpoint, outcome and SNAP code")
                        .tag("endpoint", event.endpoint()).tag("outcome", event.outcome())
                        .tag("code", event.responseCode()).register(registry))
                .record(event.duration().toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Tells both listeners, in order. */
    public static InboundListener both(InboundListener first, InboundListener second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        return event -> {
            first.handled(event);
            second.handled(event);
        };
    }
}
