package dev.snapgate.app;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything snapgate needs to run, validated by {@link SettingsLoader}. Immutable; {@link #toString()} masks
 * secrets.
 *
 * @param environment where to talk to
 * @param baseUrl the upstream, empty for {@link Environment#LOCAL} (the embedded emulator picks a port)
 * @param clientKey the merchant's client ID
 * @param keySource where the RSA private key comes from
 * @param clientSecret the HMAC secret for service calls, when configured
 * @param channelId {@code CHANNEL-ID}; defaults to the client key + {@code 01}
 * @param connectTimeout connect timeout (default 5 s)
 * @param readTimeout read timeout (default 15 s)
 */
public record SnapgateSettings(Environment environment, Optional<URI> baseUrl, ClientKey clientKey,
        KeySource keySource, Optional<Secret> clientSecret, String channelId, Duration connectTimeout,
        Duration readTimeout) {

    public SnapgateSettings {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(keySource, "keySource");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }
}
