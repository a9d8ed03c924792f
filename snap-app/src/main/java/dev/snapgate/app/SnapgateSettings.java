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
 * @param tokenStore a shared token store for a fleet ({@code redis://...} or {@code rediss://...}); empty for the
 *     default, this process's memory
 * @param tokenStoreKey the AES-GCM key (Base64) that encrypts tokens at rest in the shared store, when configured
 */
public record SnapgateSettings(Environment environment, Optional<URI> baseUrl, ClientKey clientKey,
        KeySource keySource, Optional<Secret> clientSecret, String channelId, Duration connectTimeout,
        Duration readTimeout, Optional<URI> tokenStore, Optional<Secret> tokenStoreKey) {

    public SnapgateSettings {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(keySource, "keySource");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(tokenStore, "tokenStore");
        Objects.requireNonNull(tokenStoreKey, "tokenStoreKey");
    }

    /** Every setting, with secrets masked and a token store URI's password left out. */
    @Override
    public String toString() {
        return "SnapgateSettings[environment=" + environment + ", baseUrl=" + baseUrl + ", clientKey=" + clientKey
                + ", keySource=" + keySource + ", clientSecret=" + clientSecret + ", channelId=" + channelId
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", tokenStore="
                + tokenStore.map(u -> u.getScheme() + "://" + (u.getRawUserInfo() != null ? "******@" : "")
                        + u.getHost() + (u.getPort() >= 0 ? ":" + u.getPort() : "") + u.getRawPath())
                        .orElse("memory")
                + ", tokenStoreKey=" + tokenStoreKey + "]";
    }
}
