package dev.snapgate.app.guice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import dev.snapgate.app.ConfiguredClient;
import dev.snapgate.app.SettingsLoader;
import dev.snapgate.app.SnapgateSettings;
import dev.snapgate.app.Upstream;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.error.SnapKeyException;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.signing.Fixtures;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Every environment and key source builds in Stage.PRODUCTION; a platform can override one binding. */
class GuiceGraphsIT {

    private static SnapgateSettings settings(Map<String, String> cli) {
        return new SettingsLoader(cli, Map.of("KS", Fixtures.STORE_PASSWORD, "KP", Fixtures.KEY_PASSWORD,
                "CS", "client-secret")).load();
    }

    private static Injector injector(SnapgateSettings s) {
        return Guice.createInjector(Stage.PRODUCTION, SnapgateModules.forSettings(s));
    }

    @Test
    void local_isRefusedByTheLibrary_withAMessageSayingWhereTheEmulatorLives() {
        SnapgateSettings local = settings(Map.of());

        assertThatThrownBy(() -> SnapgateModules.forSettings(local))
                .isInstanceOf(dev.snapgate.domain.error.SnapConfigurationException.class)
                .hasMessageContaining("part of the snapgate CLI");
    }

    @Test
    void sandbox_withAPemKey_builds() {
        Injector injector = injector(settings(Map.of("env", "sandbox", "client-key", "IONPAYTEST", "private-key",
                Fixtures.file("keys/rsa2048.pkcs8.pem").toString(), "client-secret-env", "CS")));
        assertThat(injector.getInstance(Upstream.class).baseUrl().toString()).isEqualTo("https://dev.nicepay.co.id");
        assertThat(injector.getInstance(Upstream.class).embedded()).isFalse();
    }

    @Test
    void production_withAnEncryptedPemKey_builds() {
        Injector injector = injector(settings(Map.of("env", "production", "client-key", "M", "private-key",
                Fixtures.file("keys/rsa2048.encrypted.pem").toString(), "key-password-env", "KP")));
        assertThat(injector.getInstance(Upstream.class).baseUrl().toString()).isEqualTo("https://www.nicepay.co.id");
    }

    @Test
    void custom_withAPkcs12Keystore_builds() {
        Injector injector = injector(settings(Map.of("base-url", "https://staging.nicepay.co.id", "client-key", "M",
                "keystore", Fixtures.file("keys/two-keys.p12").toString(), "keystore-password-env", "KS",
                "key-alias", "second")));
        assertThat(injector.getInstance(Upstream.class).description()).contains("custom")
                .contains("https://staging.nicepay.co.id");
        // the keystore's second entry, not its first: its signature verifies with that key only
        Signer signer = injector.getInstance(Signer.class);
        dev.snapgate.domain.StringToSign probe = dev.snapgate.domain.StringToSign.forTokenRequest(
                dev.snapgate.domain.ClientKey.of("M"), dev.snapgate.domain.SnapTimestamp.parse(
                        "2026-12-04T10:00:00+07:00"));
        java.util.function.Function<String, String> byAlias = alias -> dev.snapgate.signing.Pkcs12KeyStoreLoader.load(
                Fixtures.file("keys/two-keys.p12"), dev.snapgate.domain.Secret.of(Fixtures.STORE_PASSWORD),
                java.util.Optional.of(alias), java.util.Optional.empty()).signer().sign(probe).value();
        // PKCS#1 v1.5 is deterministic: the same signature as the "second" entry's key, not the first entry's
        assertThat(signer.sign(probe).value()).isEqualTo(byAlias.apply("second"))
                .isNotEqualTo(byAlias.apply("merchant"));
    }

    @Test
    void theMicrometerModule_attachesARegistry_andListenersAreMultibound() {
        io.micrometer.core.instrument.MeterRegistry registry =
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        SnapgateSettings s = settings(Map.of("env", "sandbox", "client-key", "IONPAYTEST", "private-key",
                Fixtures.file("keys/rsa2048.pkcs8.pem").toString(), "client-secret-env", "CS"));
        java.util.List<com.google.inject.Module> modules = new java.util.ArrayList<>(SnapgateModules.forSettings(s));
        modules.add(new MicrometerModule(registry));

        Injector injector = Guice.createInjector(Stage.PRODUCTION, modules);

        assertThat(injector.getInstance(dev.snapgate.http.SnapClient.class).clientKeys())
                .containsExactly(dev.snapgate.domain.ClientKey.of("IONPAYTEST"));
        assertThat(registry.find("snapgate.token.age.seconds").tag("merchant", "IONPAYTEST").gauge()).isNotNull();
        assertThat(registry.find("resilience4j.circuitbreaker.state").gauges()).isNotEmpty();
    }

    @Test
    void aBadKey_failsTheGraphWithTheTypedKeyError() {
        SnapgateSettings s = settings(Map.of("env", "sandbox", "client-key", "M", "private-key",
                Fixtures.file("keys/ec.pkcs8.pem").toString()));
        assertThatThrownBy(() -> SnapgateModules.configuredClient(s)).isInstanceOf(SnapKeyException.class)
                .hasMessageContaining("EC private key");
    }

    @Test
    void aPlatform_canOverrideTheSignerWithItsOwn_forExampleAnHsm() {
        AtomicInteger hsmCalls = new AtomicInteger();
        Signer local = Fixtures.rsa2048().signer();
        Signer hsm = sts -> {
            hsmCalls.incrementAndGet();
            return local.sign(sts);
        };
        try (SnapEmulator emulator = SnapEmulator.builder().client(dev.snapgate.domain.ClientKey.of("M"),
                Fixtures.rsa2048Public(), java.util.Optional.empty()).start()) {
            SnapgateSettings s = settings(Map.of("base-url", emulator.baseUrl().toString(), "client-key", "M",
                    "private-key", Fixtures.file("keys/other2048.pkcs8.pem").toString()));
            Injector injector = Guice.createInjector(Stage.PRODUCTION, Modules.override(
                    SnapgateModules.forSettings(s)).with(binder -> binder.bind(Signer.class).toInstance(hsm)));
            try (ConfiguredClient configured = injector.getInstance(ConfiguredClient.class)) {
                // the configured key file is another key: only the HSM's signature verifies at the emulator
                assertThat(configured.client().accessToken(configured.settings().clientKey()).tokenType()).isEqualTo("Bearer");
                assertThat(injector.getInstance(TokenIssuer.class).issue(dev.snapgate.domain.ClientKey.of("M"))
                        .tokenType()).isEqualTo("Bearer");
                assertThat(injector.getInstance(ServiceCaller.class)).isSameAs(injector.getInstance(
                        ServiceCaller.class)); // one graph: the same caller wherever it is injected
            }
        }
        assertThat(hsmCalls).hasValue(1);
    }
}
