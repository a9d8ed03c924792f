package dev.snapgate.http;

import dev.snapgate.domain.service.ExternalIdGenerator;
import dev.snapgate.domain.token.CachingTokenIssuer;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;

/**
 * The adapter's internal wiring for one upstream: the transport and the circuit breaker are built once here and
 * shared by everything made from this object. {@link SnapClient} is the public face of it.
 */
final class UpstreamWiring {

    private final FeignExchange transport;
    private final Resilience resilience;
    private final Merchants merchants;
    private final Clock clock;
    private final ExternalIdGenerator externalIds;

    private UpstreamWiring(FeignExchange transport, Resilience resilience, Merchants merchants, Clock clock,
            ExternalIdGenerator externalIds) {
        this.transport = transport;
        this.resilience = resilience;
        this.merchants = merchants;
        this.clock = clock;
        this.externalIds = externalIds;
    }

    static UpstreamWiring create(HttpSettings http, ResilienceSettings resilience, Merchants merchants, Clock clock,
            HttpClient jdk, ExternalIdGenerator externalIds) {
        return create(http, resilience, merchants, clock, jdk, externalIds,
                dev.snapgate.domain.observe.SnapListener.NONE);
    }

    static UpstreamWiring create(HttpSettings http, ResilienceSettings resilience, Merchants merchants, Clock clock,
            HttpClient jdk, ExternalIdGenerator externalIds, dev.snapgate.domain.observe.SnapListener listener) {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(resilience, "resilience");
        Objects.requireNonNull(merchants, "merchants");
        Objects.requireNonNull(clock, "clock");
        return new UpstreamWiring(new FeignExchange(http, jdk, listener), new Resilience("snap@" + http.baseUrl().getHost(),
                resilience, clock, listener), merchants, clock, Objects.requireNonNull(externalIds, "externalIds"));
    }

    Resilience resilience() {
        return resilience;
    }

    /** With the default JDK client and random external IDs (the adapter's own tests use this). */
    static UpstreamWiring create(HttpSettings http, ResilienceSettings resilience, Merchants merchants, Clock clock) {
        return create(http, resilience, merchants, clock, FeignExchange.defaultClient(http),
                ExternalIdGenerator.random(clock));
    }

    /** The token call with retries and the circuit breaker (no cache). */
    ResilientTokenIssuer tokenIssuer() {
        return new ResilientTokenIssuer(new FeignTokenIssuer(transport, merchants, clock), resilience);
    }

    /** Signed service calls for the merchants, taking tokens from {@code tokens}. */
    FeignServiceCaller serviceCaller(CachingTokenIssuer tokens) {
        return new FeignServiceCaller(transport, resilience, merchants, tokens, externalIds, clock);
    }
}
