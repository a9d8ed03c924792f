package dev.snapgate.app;

import dev.snapgate.app.internal.LocalDemo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.error.SnapConfigurationException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsLoaderIT {

    @TempDir
    Path dir;

    private static SnapgateSettings load(Map<String, String> cli, Map<String, String> env) {
        return new SettingsLoader(cli, env).load();
    }

    private static void assertRefused(Map<String, String> cli, Map<String, String> env, String... fragments) {
        assertThatThrownBy(() -> load(cli, env)).isInstanceOf(SnapConfigurationException.class)
                .satisfies(e -> {
                    for (String f : fragments) {
                        assertThat(e.getMessage()).contains(f);
                    }
                });
    }

    @Test
    void nothingConfigured_isTheLocalEmulatorWithAGeneratedDemoMerchant() {
        SnapgateSettings s = load(Map.of(), Map.of());

        assertThat(s.environment()).isEqualTo(Environment.LOCAL);
        assertThat(s.baseUrl()).isEmpty();
        assertThat(s.clientKey()).isEqualTo(LocalDemo.CLIENT);
        assertThat(s.keySource()).isInstanceOf(KeySource.Generated.class);
        assertThat(s.clientSecret()).isPresent();
        assertThat(s.channelId()).isEqualTo("SNAPGATE-DEMO01");
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void sandbox_usesNicepaysSandboxHostAndTheConfiguredKey() {
        SnapgateSettings s = load(Map.of(), Map.of("SNAPGATE_ENV", "sandbox", "SNAPGATE_CLIENT_KEY", "IONPAYTEST",
                "SNAPGATE_PRIVATE_KEY", "/keys/merchant.pem", "SNAPGATE_KEY_PASSWORD", "pw",
                "SNAPGATE_CLIENT_SECRET", "cs"));

        assertThat(s.baseUrl()).contains(URI.create("https://dev.nicepay.co.id"));
        assertThat(s.keySource()).isInstanceOfSatisfying(KeySource.PemFile.class, k -> {
            assertThat(k.path()).isEqualTo(Path.of("/keys/merchant.pem"));
            assertThat(k.password().orElseThrow().reveal()).isEqualTo("pw");
        });
        assertThat(s.clientSecret().orElseThrow().reveal()).isEqualTo("cs");
        assertThat(load(Map.of("env", "production", "client-key", "M", "private-key", "k"), Map.of()).baseUrl())
                .contains(URI.create("https://www.nicepay.co.id"));
    }

    @Test
    void precedence_isCliThenEnvironmentThenFileThenDefaults() throws IOException {
        Path config = dir.resolve("snapgate.properties");
        Files.writeString(config, "env=sandbox\nclient-key=FROMFILE\nprivate-key=/file.pem\nread-timeout=20s\n"
                + "connect-timeout=3s\nchannel-id=FILECHANNEL\n");
        Map<String, String> env = Map.of("SNAPGATE_CONFIG", config.toString(), "SNAPGATE_CLIENT_KEY", "FROMENV",
                "SNAPGATE_READ_TIMEOUT", "30s");
        Map<String, String> cli = Map.of("read-timeout", "40s");

        SnapgateSettings s = load(cli, env);

        assertThat(s.environment()).isEqualTo(Environment.SANDBOX); // file
        assertThat(s.clientKey().value()).isEqualTo("FROMENV"); // env over file
        assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(40)); // cli over env over file
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(3)); // file over default
        assertThat(s.channelId()).isEqualTo("FILECHANNEL");
    }

    @Test
    void secrets_comeFromNamedVariablesOrFiles_neverFromValues() throws IOException {
        Path secretFile = dir.resolve("secret.txt");
        Files.writeString(secretFile, "from-file-secret\n");
        SnapgateSettings s = load(Map.of("env", "sandbox", "client-key", "M", "private-key", "k.pem",
                "key-password-env", "MY_PASS", "client-secret-file", secretFile.toString()),
                Map.of("MY_PASS", "from-env-pass"));

        assertThat(((KeySource.PemFile) s.keySource()).password().orElseThrow().reveal()).isEqualTo("from-env-pass");
        assertThat(s.clientSecret().orElseThrow().reveal()).isEqualTo("from-file-secret");
        assertRefused(Map.of("env", "sandbox", "client-key", "M", "private-key", "k.pem", "key-password-env", "NOPE"),
                Map.of(), "environment variable NOPE", "--key-password-env");
    }

    @Test
    void aPlainSecretInTheConfigFile_isRefusedWithTheFix() throws IOException {
        Path config = dir.resolve("bad.properties");
        Files.writeString(config, "client-secret=hunter2-canary\n");

        assertThatThrownBy(() -> load(Map.of("config", config.toString()), Map.of()))
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("client-secret-file=PATH")
                .hasMessageContaining("SNAPGATE_CLIENT_SECRET").hasMessageNotContaining("hunter2-canary");
    }

    @Test
    void keystore_needsItsPassword_andTakesAnAlias() {
        SnapgateSettings s = load(Map.of("env", "sandbox", "client-key", "M", "keystore", "m.p12",
                "keystore-password-env", "KS", "key-alias", "merchant"), Map.of("KS", "store"));

        assertThat(s.keySource()).isInstanceOfSatisfying(KeySource.KeyStoreFile.class, k -> {
            assertThat(k.alias()).contains("merchant");
            assertThat(k.storePassword().reveal()).isEqualTo("store");
        });
        assertRefused(Map.of("env", "sandbox", "client-key", "M", "keystore", "m.p12"), Map.of(),
                "keystore password is missing", "SNAPGATE_KEYSTORE_PASSWORD");
    }

    @Test
    void conflictingKeySourcesInOneLayer_areRefused_butAHigherLayerWins() {
        assertRefused(Map.of("env", "sandbox", "client-key", "M", "private-key", "a.pem", "keystore", "b.p12"),
                Map.of(), "two key sources", "--private-key", "--keystore");
        SnapgateSettings s = load(Map.of("env", "sandbox", "client-key", "M", "private-key", "a.pem"),
                Map.of("SNAPGATE_KEYSTORE", "b.p12"));
        assertThat(s.keySource()).isInstanceOf(KeySource.PemFile.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing client key          | env=sandbox,private-key=k.pem                               | client key is missing",
        "missing private key         | env=sandbox,client-key=M                                    | no private key is configured",
        "unknown environment         | env=staging,client-key=M,private-key=k                      | unknown environment 'staging'",
        "malformed URL               | env=custom,base-url=ht!tp://x y,client-key=M,private-key=k  | is malformed",
        "not http(s)                 | env=custom,base-url=ftp://nicepay.co.id,client-key=M,private-key=k | must be https://host",
        "production over http        | env=production,base-url=http://www.nicepay.co.id,client-key=M,private-key=k | production must use https",
        "custom over http            | base-url=http://10.0.0.5:8080,client-key=M,private-key=k    | plain http to a non-loopback host",
        "custom without URL          | env=custom,client-key=M,private-key=k                       | needs a base URL",
        "zero timeout                | env=sandbox,client-key=M,private-key=k,read-timeout=0       | read timeout must be positive",
        "negative timeout            | env=sandbox,client-key=M,private-key=k,connect-timeout=-5s  | connect timeout must be positive",
        "garbage timeout             | env=sandbox,client-key=M,private-key=k,read-timeout=soon    | is not a duration",
        "credentials without env     | client-key=M,private-key=k                                  | no environment",
        "base URL in local           | env=local,base-url=https://dev.nicepay.co.id                | makes no sense",
        "bad client key              | env=sandbox,client-key=A B,private-key=k                     | client key from --client-key is invalid",
    })
    void invalidSettings_areRefusedWithAMessageNamingTheSettingAndTheFix(String name, String options,
            String message) {
        Map<String, String> cli = new java.util.LinkedHashMap<>();
        for (String kv : options.split(",")) {
            int eq = kv.indexOf('=');
            cli.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
        assertRefused(cli, Map.of(), message);
    }

    @Test
    void loopbackHttp_isAllowedForSandboxAndCustom_neverForProduction() {
        SnapgateSettings s = load(Map.of("env", "sandbox", "base-url", "http://127.0.0.1:9080", "client-key", "M",
                "private-key", "k"), Map.of());
        assertThat(s.baseUrl()).contains(URI.create("http://127.0.0.1:9080"));
        assertThat(load(Map.of("env", "custom", "base-url", "http://[::1]:9080", "client-key", "M", "private-key", "k"),
                Map.of()).baseUrl()).contains(URI.create("http://[::1]:9080"));
        assertRefused(Map.of("env", "production", "base-url", "http://127.0.0.1:9080", "client-key", "M",
                "private-key", "k"), Map.of(), "production must use https, even on a loopback host");
        assertThat(SettingsLoader.isLoopback("localhost")).isTrue();
        assertThat(SettingsLoader.isLoopback("[::1]")).isTrue();
        assertThat(SettingsLoader.isLoopback("127.0.0.2")).isTrue();
        assertThat(SettingsLoader.isLoopback("localhost.evil.example")).isFalse();
        assertThat(SettingsLoader.isLoopback("10.0.0.1")).isFalse();
    }

    @Test
    void durations_acceptHumanAndIsoForms() {
        assertThat(SettingsLoader.parseDuration("500ms", "x", "y")).isEqualTo(Duration.ofMillis(500));
        assertThat(SettingsLoader.parseDuration("2m", "x", "y")).isEqualTo(Duration.ofMinutes(2));
        assertThat(SettingsLoader.parseDuration("7", "x", "y")).isEqualTo(Duration.ofSeconds(7));
        assertThat(SettingsLoader.parseDuration("PT1.5S", "x", "y")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Optional.of(SettingsLoader.settingNames())).get().asList().contains("base-url", "client-key");
    }

    @Test
    void aTokenStoreFromTheEnvironment_keepsItsPasswordAndKeyOutOfToString() {
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        SnapgateSettings s = load(Map.of(), Map.of("SNAPGATE_TOKEN_STORE", "redis://:hunter2-redis@10.1.2.3:6380/2",
                "SNAPGATE_TOKEN_STORE_KEY", key));

        assertThat(s.tokenStore()).contains(URI.create("redis://:hunter2-redis@10.1.2.3:6380/2"));
        assertThat(s.tokenStoreKey()).isPresent();
        assertThat(s.toString()).contains("tokenStore=redis://******@10.1.2.3:6380/2")
                .doesNotContain("hunter2").doesNotContain(key);
        assertThat(load(Map.of(), Map.of()).toString()).contains("tokenStore=memory");
    }
}
