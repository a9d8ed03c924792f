package dev.snapgate.app;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.domain.token.CachingTokenIssuer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A wired snapgate for one merchant: tokens from the caching lifecycle, signed service calls, and the upstream it
 * talks to. Thread-safe; close it to stop an embedded emulator.
 */
public final class Gateway implements AutoCloseable {

    private final SnapgateSettings settings;
    private final Upstream upstream;
    private final CachingTokenIssuer tokens;
    private final ServiceCaller services;

    @jakarta.inject.Inject
    public Gateway(SnapgateSettings settings, Upstream upstream, CachingTokenIssuer tokens, ServiceCaller services) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.services = Objects.requireNonNull(services, "services");
    }

    public SnapgateSettings settings() {
        return settings;
    }

    public Upstream upstream() {
        return upstream;
    }

    /** The current access token of the configured merchant (cached, refreshed ahead of expiry). */
    public AccessToken accessToken() {
        return tokens.issue(settings.clientKey());
    }

    /** A signed service call for the configured merchant. */
    public ServiceResponse call(SnapService service, Map<String, Object> body, Optional<String> externalId) {
        ServiceRequest request = new ServiceRequest(service, settings.clientKey(), body, externalId);
        return services.call(request);
    }

    @Override
    public void close() {
        upstream.close();
    }
}
