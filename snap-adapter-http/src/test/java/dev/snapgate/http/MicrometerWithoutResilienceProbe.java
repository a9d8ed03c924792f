package dev.snapgate.http;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.signing.Fixtures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.List;

/** Run inside a class loader with Micrometer but without resilience4j-micrometer: a plain Spring Boot application. */
public final class MicrometerWithoutResilienceProbe {

    private MicrometerWithoutResilienceProbe() {
    }

    /** A token call with a registry attached; returns the snapgate meter names the registry then holds. */
    public static List<String> meters(String baseUrl) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (SnapClient client = SnapClient.builder().baseUrl(URI.create(baseUrl))
                .merchant(Merchant.tokenOnly(ClientKey.of("IONPAYTEST"), Fixtures.rsa2048().signer()))
                .meterRegistry(registry).build()) {
            client.accessToken(ClientKey.of("IONPAYTEST"));
        }
        return registry.getMeters().stream().map(m -> m.getId().getName()).distinct().sorted().toList();
    }
}
