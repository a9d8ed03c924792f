package dev.snapgate.app;

import dev.snapgate.http.SnapClient;
import java.util.Objects;

/**
 * A {@link SnapClient} as the settings configured it, with the upstream it talks to (NICEPAY, a custom base URL or
 * an embedded emulator) and the settings themselves. Calls go through {@link #client()}, the one front door; this type
 * only owns the lifecycle: closing it closes the client and stops an embedded emulator. Thread-safe.
 */
public final class ConfiguredClient implements AutoCloseable {

    private final SnapgateSettings settings;
    private final Upstream upstream;
    private final SnapClient client;

    @jakarta.inject.Inject
    public ConfiguredClient(SnapgateSettings settings, Upstream upstream, SnapClient client) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The client: every call, token and health check. */
    public SnapClient client() {
        return client;
    }

    public SnapgateSettings settings() {
        return settings;
    }

    public Upstream upstream() {
        return upstream;
    }

    @Override
    public void close() {
        client.close();
        upstream.close();
    }
}
