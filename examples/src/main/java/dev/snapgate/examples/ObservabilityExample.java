package dev.snapgate.examples;

import dev.snapgate.domain.Merchant;
import dev.snapgate.http.SnapClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;

/** Attaching Micrometer: the README shows {@link #client} verbatim; {@code ExamplesIT} runs it against the emulator. */
public final class ObservabilityExample {

    private ObservabilityExample() {
    }

    public static SnapClient client(URI nicepay, Merchant merchant, MeterRegistry prometheusRegistry,
            ObservationRegistry observationRegistry) {
        SnapClient client = SnapClient.builder().baseUrl(nicepay).merchant(merchant)
                .meterRegistry(prometheusRegistry)             // meters
                .observationRegistry(observationRegistry)      // spans, with Micrometer Tracing
                .build();
        return client;
    }
}
