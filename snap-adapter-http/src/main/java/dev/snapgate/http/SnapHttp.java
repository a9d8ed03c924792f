package dev.snapgate.http;

import dev.snapgate.domain.Merchants;
import java.time.Clock;
import java.util.Objects;

/**
 * Plain factory for one upstream, for platforms without Guice: the transport and the circuit breaker are built once
 * here and shared by everything made from this object.
 *
 * <pre>{@code
 * SnapHttp upstream = SnapHttp.create(HttpSettings.of(URI.create("https://dev.nicepay.co.id")),
 *         ResilienceSettings.DEFAULTS, merchants, Clock.systemUTC());
 * TokenIssuer issuer = new CachingTokenIssuer(upstream.tokenIssuer(), Clock.systemUTC());
 * }</pre>
 */
public final class SnapHttp {

    private final SnapTransport transport;
    private final Resilience resilience;
    private final Merchants merchants;
    private final Clock clock;

    private SnapHttp(SnapTransport transport, Resilience resilience, Merchants merchants, Clock clock) {
        this.transport = transport;
        this.resilience = resilience;
        this.merchants = merchants;
        this.clock = clock;
    }

    public static SnapHttp create(HttpSettings http, ResilienceSettings resilience, Merchants merchants, Clock clock) {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(resilience, "resilience");
        Objects.requireNonNull(merchants, "merchants");
        Objects.requireNonNull(clock, "clock");
        return new SnapHttp(new SnapTransport(http), new Resilience("snap@" + http.baseUrl().getHost(), resilience,
                clock), merchants, clock);
    }

    /** The token call with retries and the circuit breaker (wrap it in a {@code CachingTokenIssuer}). */
    public ResilientTokenIssuer tokenIssuer() {
        return new ResilientTokenIssuer(new FeignTokenIssuer(transport, merchants, clock), resilience);
    }

    /**
     * Signed service calls for the merchants, taking tokens from {@code tokens} (the caching lifecycle wrapped
     * around {@link #tokenIssuer()}).
     */
    public FeignServiceCaller serviceCaller(dev.snapgate.domain.token.CachingTokenIssuer tokens) {
        return new FeignServiceCaller(transport, resilience, merchants, tokens,
                new dev.snapgate.domain.service.ExternalIdGenerator(clock), clock);
    }

    public HttpSettings settings() {
        return transport.settings();
    }
}
