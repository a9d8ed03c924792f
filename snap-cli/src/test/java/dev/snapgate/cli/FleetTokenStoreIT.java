package dev.snapgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.store.redis.LocalRedis;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --token-store redis://...}: two CLI runs in a row share one token; bad values are refused clearly. */
class FleetTokenStoreIT {

    private static final String AES_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void twoTokenRunsWithTheSameRedisStore_makeOneTokenCallBetweenThem() throws Exception {
        try (LocalRedis redis = LocalRedis.start();
                SnapEmulator emulator = SnapEmulator.builder().client(ClientKey.of("FLEET"),
                        Fixtures.rsa2048Public(), Secret.of("fleet-secret")).start()) {
            String[] args = {"token", "--json", "--base-url", emulator.baseUrl().toString(), "--client-key", "FLEET",
                "--private-key", Fixtures.file("keys/rsa2048.pkcs8.pem").toString(), "--token-store",
                redis.uri().toString(), "--token-store-key-env", "STORE_KEY"};
            Map<String, String> env = Map.of("STORE_KEY", AES_KEY);

            CliRuns.Result first = CliRuns.run(env, args);
            CliRuns.Result second = CliRuns.run(env, args);

            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(second.exit()).as(second.err()).isZero();
            assertThat(emulator.issuedTokenCount()).isEqualTo(1); // the second run read the stored token
            assertThat(fingerprint(second.out())).isEqualTo(fingerprint(first.out()));
            assertThat(first.err() + second.err()).doesNotContain(AES_KEY);
        }
    }

    private static String fingerprint(String json) {
        int i = json.indexOf("sha256:");
        return json.substring(i, i + 15);
    }

    @Test
    void aBadTokenStore_isRefusedWithTheSettingAndTheFix() {
        CliRuns.Result http = CliRuns.run(Map.of(), "token", "--env", "local", "--token-store", "http://127.0.0.1:1");
        CliRuns.Result password = CliRuns.run(Map.of(), "token", "--env", "local", "--token-store",
                "redis://:hunter2@127.0.0.1:6379/0");

        assertThat(http.exit()).isEqualTo(2);
        assertThat(http.err()).contains("token store (from --token-store) must be memory, redis://host:port[/db]");
        assertThat(password.exit()).isEqualTo(2);
        assertThat(password.err()).contains("passwords are taken only from the environment")
                .contains("SNAPGATE_TOKEN_STORE").doesNotContain("hunter2");
        assertThat(List.of(http.out(), password.out())).allMatch(String::isEmpty);
    }

    @Test
    void aRedisThatIsDown_neverFailsTheCommand() {
        CliRuns.Result run = CliRuns.run(Map.of(), "token", "--env", "local", "--token-store",
                "redis://127.0.0.1:1/0");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Bearer");
    }
}
