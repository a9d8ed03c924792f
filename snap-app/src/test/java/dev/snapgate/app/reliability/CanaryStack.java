package dev.snapgate.app.reliability;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Merchants;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.token.CachingTokenIssuer;
import dev.snapgate.http.HttpSettings;
import dev.snapgate.http.ResilienceSettings;
import dev.snapgate.http.ResilientTokenIssuer;
import dev.snapgate.http.SnapHttp;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PemKeyLoader;
import dev.snapgate.signing.SigningKey;
import java.net.URI;
import java.time.Clock;
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

    final CachingTokenIssuer tokens;
    final ResilientTokenIssuer resilient;
    final ServiceCaller caller;

    CanaryStack(URI baseUrl, ResilienceSettings resilience) {
        SigningKey key = PemKeyLoader.load(Fixtures.file("keys/rsa2048.encrypted.pem"),
                Optional.of(Secret.of(KEY_PASSWORD)));
        Merchants merchants = Merchants.of(Merchant.of(CLIENT, key.signer(),
                new HmacSha512Signer(Secret.of(CLIENT_SECRET))));
        Clock clock = Clock.systemUTC();
        SnapHttp http = SnapHttp.create(HttpSettings.of(baseUrl).withTimeouts(Duration.ofMillis(500), READ_TIMEOUT),
                resilience, merchants, clock);
        resilient = http.tokenIssuer();
        tokens = new CachingTokenIssuer(resilient, clock);
        caller = http.serviceCaller(tokens);
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
