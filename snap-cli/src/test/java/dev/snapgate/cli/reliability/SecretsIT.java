package dev.snapgate.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.cli.CliRuns;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.emulator.RecordedRequest;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.http.LogCapture;
import dev.snapgate.signing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Canary credentials through every CLI operation, success and failure, with logging at TRACE and --debug: no private
 * key, key password, client secret or emulator-issued token appears in any log line or output, except the token
 * printed on purpose by {@code token --reveal}.
 */
class SecretsIT {

    @Test
    void noCredentialLeaks_throughAnyOperationOrFailure_atTheMostVerboseLevel() throws Exception {
        Path body = Files.createTempFile("snapgate-secrets", ".json");
        // valid for both services it is sent to: balance inquiry (11) and e-wallet payment (54)
        Files.writeString(body, "{\"partnerReferenceNo\":\"SECRETS-1\",\"merchantId\":\"IONPAYTEST\",\"amount\":"
                + "{\"value\":\"100.00\",\"currency\":\"IDR\"},\"accountNo\":\"1234567890\",\"additionalInfo\":{}}");
        Map<String, String> env = Map.of("CS", CanaryStack.CLIENT_SECRET, "KP", CanaryStack.KEY_PASSWORD,
                "TOKEN", "canary-token-for-sign-request-0b1c");
        List<CliRuns.Result> runs = new ArrayList<>();
        String logs;
        Set<String> tokens = new LinkedHashSet<>();
        String revealed;
        try (SnapEmulator emulator = SnapEmulator.builder().client(CanaryStack.CLIENT, Fixtures.rsa2048Public(),
                Secret.of(CanaryStack.CLIENT_SECRET)).start();
                LogCapture capture = new LogCapture()) {
            String[] connection = {"--base-url", emulator.baseUrl().toString(), "--client-key",
                CanaryStack.CLIENT.value(), "--private-key", Fixtures.file("keys/rsa2048.encrypted.pem").toString(),
                "--key-password-env", "KP", "--client-secret-env", "CS", "--read-timeout", "1s"};
            runs.add(run(env, "token", connection));
            runs.add(run(env, "token --json", connection));
            runs.add(run(env, "call 11 --body-file " + body, connection));
            emulator.revokeAllTokens();
            runs.add(run(env, "call 11 --debug --body-file " + body, connection));
            emulator.faults().token().next(3).respond(503, "5037300");
            runs.add(run(env, "token --debug", connection));
            emulator.faults().token().next(1).body(200, "{\"responseCode\":\"2007300\",\"accessToken\":"
                    + "\"canary-token-in-a-bad-answer-7f\",\"tokenType\":\"Basic\",\"expiresIn\":\"900\"}");
            runs.add(run(env, "token --debug", connection));
            emulator.faults().service(SnapService.EWALLET_PAYMENT).next(1).delay(Duration.ofMillis(1500));
            runs.add(run(env, "call 54 --debug --body-file " + body, connection));
            emulator.faults().service(SnapService.BALANCE_INQUIRY).next(5).html(502);
            runs.add(run(env, "call 11 --debug --body-file " + body, connection));
            runs.add(run(env, "sign --debug --client-key CANARY01 --timestamp 2024-12-31T10:11:40+07:00"
                    + " --private-key " + Fixtures.file("keys/rsa2048.encrypted.pem") + " --key-password-env KP"));
            runs.add(run(env, "sign-request --debug --method POST --path /nicepay/api/v1.0/transfer-va/status"
                    + " --access-token-env TOKEN --client-secret-env CS --timestamp 2024-12-31T10:11:40+07:00"
                    + " --body-file " + body));
            runs.add(run(env, "keys inspect --debug " + Fixtures.file("keys/rsa2048.encrypted.pem")
                    + " --password-env KP"));
            runs.add(run(Map.of("KP", "wrong-canary-password-55"), "token --debug --env sandbox --client-key M"
                    + " --private-key " + Fixtures.file("keys/rsa2048.encrypted.pem") + " --key-password-env KP"));
            CliRuns.Result reveal = run(env, "token --reveal", connection);
            revealed = reveal.out();
            logs = capture.text();
            for (RecordedRequest r : emulator.journal().all()) {
                String auth = r.header("authorization");
                if (auth != null && auth.startsWith("Bearer ")) {
                    tokens.add(auth.substring(7));
                }
            }
        }

        assertThat(runs).allSatisfy(r -> assertThat(r.exit()).isIn(0, 3, 4, 5, 6));
        assertThat(runs.stream().filter(r -> r.exit() != 0).count()).as("failures exercised").isGreaterThanOrEqualTo(5);
        assertThat(tokens).as("tokens issued and used").hasSizeGreaterThanOrEqualTo(2);
        assertThat(logs).as("TRACE logs were captured").contains("SNAP POST /nicepay");
        List<String> canaries = new ArrayList<>(CanaryStack.canaries());
        canaries.addAll(tokens);
        canaries.add("canary-token-for-sign-request-0b1c");
        canaries.add("canary-token-in-a-bad-answer-7f");
        canaries.add("wrong-canary-password-55");
        String everything = logs + "\n" + String.join("\n", runs.stream().map(CliRuns.Result::all).toList());
        for (String canary : canaries) {
            assertThat(everything).as("canary %s", canary.substring(0, Math.min(8, canary.length())))
                    .doesNotContain(canary);
        }
        String revealedToken = revealed.lines().filter(l -> l.startsWith("  token      : ")).findFirst().orElseThrow()
                .substring("  token      : ".length()).strip();
        assertThat(revealedToken).as("--reveal prints the token itself").matches("[A-Za-z0-9_-]{64}");
        assertThat(everything).as("the revealed token appears nowhere else").doesNotContain(revealedToken);
    }

    private static CliRuns.Result run(Map<String, String> env, String command, String... connection) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of(connection));
        return CliRuns.run(env, args.toArray(String[]::new));
    }
}
