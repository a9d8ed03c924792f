package dev.snapgate.cli.reliability;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.http.ResilienceSettings;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PemKeyLoader;
import dev.snapgate.signing.SigningKey;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * A snapgate client stack whose credentials are canaries: the encrypted fixture key (its password and PEM body),
 * a recognisable client secret. Short timeouts keep the suite fast.
 */
final class CanaryStack {

    static final ClientKey CLIENT = ClientKey.of("CANARY01");
    static final String CLIENT_SECRET = "canary-client-secret-9f8e7d6c";
    static final String KEY_PASSWORD = Fixtures.KEY_PASSWORD;
    static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    final SnapClient client;
    final TokenIssuer tokens;
    final ServiceCaller caller;

    CanaryStack(URI baseUrl, ResilienceSettings resilience) {
        SigningKey key = PemKeyLoader.load(Fixtures.file("keys/rsa2048.encrypted.pem"),
                Optional.of(Secret.of(KEY_PASSWORD)));
        client = SnapClient.builder()
                .baseUrl(baseUrl)
                .merchant(Merchant.of(CLIENT, key.signer(), new HmacSha512Signer(Secret.of(CLIENT_SECRET))))
                .connectTimeout(Duration.ofMillis(500))
                .readTimeout(READ_TIMEOUT)
                .resilience(resilience)
                .build();
        tokens = client.tokenIssuer();
        caller = client.serviceCaller();
    }

    CanaryStack(URI baseUrl) {
        this(baseUrl, fast());
    }

    static ResilienceSettings fast() {
        return ResilienceSettings.DEFAULTS.withBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
    }

    /** Text fragments that must never appear anywhere: the key's PEM lines, its password, the client secret. */
    static java.util.List<String> canaries() {
        java.util.List<String> list = new java.util.ArrayList<>(java.util.List.of(CLIENT_SECRET, KEY_PASSWORD));
        Fixtures.text("keys/rsa2048.encrypted.pem").lines().filter(l -> !l.startsWith("-----"))
                .forEach(l -> list.add(l.substring(0, Math.min(24, l.length()))));
        Fixtures.text("keys/rsa2048.pkcs8.pem").lines().filter(l -> !l.startsWith("-----"))
                .forEach(l -> list.add(l.substring(0, Math.min(24, l.length()))));
        return list;
    }
}
