package dev.snapgate.app;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.http.SnapClient;
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
    private final SnapClient client;

    @jakarta.inject.Inject
    public Gateway(SnapgateSettings settings, Upstream upstream, SnapClient client) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The client this gateway wraps, for calls on behalf of its merchant and for health checks. */
    public SnapClient client() {
        return client;
    }

    public SnapgateSettings settings() {
        return settings;
    }

    public Upstream upstream() {
        return upstream;
    }

    /** The current access token of the configured merchant (cached, refreshed ahead of expiry). */
    public AccessToken accessToken() {
        return client.accessToken(settings.clientKey());
    }

    /** A signed service call for the configured merchant. */
    public ServiceResponse call(SnapService service, Map<String, Object> body, Optional<String> externalId) {
        ServiceRequest request = new ServiceRequest(service, settings.clientKey(), body, externalId);
        return client.call(request);
    }

    @Override
    public void close() {
        client.close();
        upstream.close();
    }
}
