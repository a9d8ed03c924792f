package dev.snapgate.http;

import dev.snapgate.domain.ClientKey;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SnapClient} has observed, for health checks: taken from memory, never by calling NICEPAY.
 *
 * @param circuitState the upstream's circuit breaker ({@link CircuitState#OPEN}: calls are refused locally)
 * @param tokenAges how long ago each merchant's cached token was obtained (merchants without one are absent)
 * @param tokenStoreFailures how often the shared token store failed and a token was obtained locally instead
 */
public record ClientHealth(CircuitState circuitState, Map<ClientKey, Duration> tokenAges, long tokenStoreFailures) {

    public ClientHealth {
        Objects.requireNonNull(circuitState, "circuitState");
        tokenAges = Map.copyOf(tokenAges);
    }

    /** The age of {@code merchant}'s cached token; empty when none is cached. */
    public Optional<Duration> tokenAge(ClientKey merchant) {
        return Optional.ofNullable(tokenAges.get(Objects.requireNonNull(merchant, "merchant")));
    }
}
