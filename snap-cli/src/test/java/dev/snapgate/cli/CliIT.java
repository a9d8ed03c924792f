package dev.snapgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.signing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command and exit code, in-process, against the emulator on loopback; canary secrets never shown. */
class CliIT {

    private static final String CANARY_SECRET = "canary-client-secret-5e1d";
    private static final String CANARY_KEY_PASSWORD = Fixtures.KEY_PASSWORD;
    private static final ClientKey CLIENT = ClientKey.of("CANARYMERCHANT");

    @TempDir
    Path dir;

    private SnapEmulator emulator;
    private Map<String, String> env;
    private String keyFile;
    private String encryptedKeyFile;

    @BeforeEach
    void start() {
        emulator = SnapEmulator.builder().client(CLIENT, Fixtures.rsa2048Public(), Secret.of(CANARY_SECRET)).start();
        env = new HashMap<>(Map.of("CS", CANARY_SECRET, "KP", CANARY_KEY_PASSWORD, "KS", Fixtures.STORE_PASSWORD));
        keyFile = Fixtures.file("keys/rsa2048.pkcs8.pem").toString();
        encryptedKeyFile = Fixtures.file("keys/rsa2048.encrypted.pem").toString();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String[] remote(String... extra) {
        String[] base = {"--base-url", emulator.baseUrl().toString(), "--client-key", CLIENT.value(),
            "--private-key", encryptedKeyFile, "--key-password-env", "KP", "--client-secret-env", "CS"};
        String[] all = new String[extra.length + base.length];
        System.arraycopy(extra, 0, all, 0, extra.length);
        System.arraycopy(base, 0, all, extra.length, base.length);
        return all;
    }


    private static void assertNoSecret(CliRun run, String... secrets) {
        for (String s : secrets) {
            assertThat(run.all()).doesNotContain(s);
        }
        assertThat(run.all()).doesNotContain(CANARY_SECRET).doesNotContain(CANARY_KEY_PASSWORD);
    }

    @Test
    void token_withNothingConfigured_usesTheEmbeddedEmulatorAndMasksTheToken() {
        CliRun run = CliRun.of("token");

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.err()).contains("embedded NICEPAY SNAP emulator at http://127.0.0.1:");
        assertThat(run.out()).contains("token type : Bearer").contains("******(").contains("--reveal");
    }

    @Test
    void token_againstAConfiguredUpstream_masksByDefault_revealsOnRequest_andPrintsJson() {
        CliRun masked = CliRun.of(env, remote("token"));
        CliRun revealed = CliRun.of(env, remote("token", "--reveal"));
        CliRun json = CliRun.of(env, remote("token", "--json", "--reveal"));

        assertThat(masked.exit()).isZero();
        assertThat(revealed.exit()).isZero();
        String token = revealed.out().lines().filter(l -> l.startsWith("  token      : ")).findFirst().orElseThrow()
                .substring("  token      : ".length()).strip();
        assertThat(token).hasSize(64);
        assertThat(masked.all()).doesNotContain(token);
        assertThat(json.out().strip()).matches("\\{\"responseCode\":\"2007300\",\"tokenType\":\"Bearer\",\"accessToken\":"
                + "\"[A-Za-z0-9_-]{64}\",\"expiresIn\":900,\"expiresAt\":\"[0-9T:Z-]+\"}");
        assertNoSecret(masked);
        assertThat(emulator.journal().tokenRequests()).hasSize(3);
    }

    @Test
    void token_withTheWrongKey_isRejectedWithExit4_andNoStackTrace() {
        CliRun run = CliRun.of(env, "token", "--base-url", emulator.baseUrl().toString(), "--client-key",
                CLIENT.value(), "--private-key", Fixtures.file("keys/other2048.pkcs8.pem").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).contains("4017300").contains("Check the client key");
        assertThat(run.err().lines().count()).isLessThanOrEqualTo(2);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void token_whenTheUpstreamIsDown_isUnavailableWithExit5_andDebugShowsTheStackTrace() {
        emulator.faults().token().next(10).respond(503, "5037300");

        CliRun run = CliRun.of(env, remote("token"));
        emulator.faults().clear();
        emulator.faults().token().next(10).html(502);
        CliRun debug = CliRun.of(env, remote("token", "--debug"));

        assertThat(run.exit()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(run.err()).contains("5037300").doesNotContain("\tat ");
        assertThat(debug.exit()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(debug.err()).contains("HTML page").contains("\tat dev.snapgate");
        assertNoSecret(debug);
    }

    @Test
    void token_withAConnectionRefused_isExit5() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        CliRun run = CliRun.of(env, "token", "--base-url", "http://127.0.0.1:" + port, "--client-key", "M",
                "--private-key", keyFile, "--connect-timeout", "1s");

        assertThat(run.exit()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(run.err()).contains("could not connect");
    }

    @Test
    void usageAndConfigurationErrors_areExit2() {
        CliRun unknownOption = CliRun.of("token", "--nope");
        CliRun badEnv = CliRun.of("token", "--env", "staging");
        CliRun plainSecret = CliRun.of("token", "--client-secret", "x");
        CliRun nonHttps = CliRun.of(env, "token", "--env", "production", "--base-url", "http://www.nicepay.co.id",
                "--client-key", "M", "--private-key", keyFile);

        assertThat(unknownOption.exit()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("Unknown option").contains("snapgate token --help");
        assertThat(badEnv.exit()).isEqualTo(2);
        assertThat(badEnv.err()).contains("unknown environment 'staging'");
        assertThat(plainSecret.exit()).isEqualTo(2);
        assertThat(nonHttps.exit()).isEqualTo(2);
        assertThat(nonHttps.err()).contains("production must use https");
    }

    @Test
    void keyProblems_areExit3_withoutKeyMaterial() {
        CliRun wrongPassword = CliRun.of(Map.of("KP", "wrong-password-canary"), "token", "--env", "sandbox",
                "--client-key", "M", "--private-key", encryptedKeyFile, "--key-password-env", "KP");
        CliRun missing = CliRun.of("token", "--env", "sandbox", "--client-key", "M", "--private-key",
                dir.resolve("nope.pem").toString());

        assertThat(wrongPassword.exit()).isEqualTo(ExitCodes.KEY_PROBLEM);
        assertThat(wrongPassword.err()).contains("wrong password").doesNotContain("wrong-password-canary");
        assertThat(missing.exit()).isEqualTo(ExitCodes.KEY_PROBLEM);
        assertThat(missing.err()).contains("does not exist");
    }

    @Test
    void sign_printsK1() {
        CliRun run = CliRun.of("sign", "--client-key", "SMILETEST1", "--timestamp", "2025-02-06T16:24:05+07:00",
                "--private-key", Fixtures.file("vectors/ionpaytest-sandbox.pkcs8.b64").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).isEqualTo("Xkts4YNY/aySDxp/FtDvsIizSM6nYau4GNtXbA78CGxefGyivVKYgRNgueKEavPf1hQhO"
                + "RBjcdEyPaSl1FIU3E+Nh6WrtJjWMnP5xg00vujE7MoF2w7wW93S5xOSP5h/DulIWVMv2DowfawfEmvTLmg7e5SvxCwmct/wWUj/ryk=");
        assertThat(run.err()).contains("warning").contains("1024 bits");
    }

    @Test
    void sign_withAKeystore_matchesThePemSignature() {
        CliRun pem = CliRun.of(env, "sign", "--client-key", "M", "--timestamp", "2024-12-31T10:11:40+07:00",
                "--private-key", keyFile);
        CliRun p12 = CliRun.of(env, "sign", "--client-key", "M", "--timestamp", "2024-12-31T10:11:40+07:00",
                "--keystore", Fixtures.file("keys/rsa2048.p12").toString(), "--keystore-password-env", "KS");

        assertThat(p12.exit()).isZero();
        assertThat(p12.out()).isEqualTo(pem.out());
    }

    @Test
    void verify_saysValidWithExit0_andInvalidWithExit1() {
        String spki = Fixtures.file("vectors/nicepay-notification-sample.spki.b64").toString();
        String sig = Fixtures.text("vectors/nicepay-notification-sample.sig").strip();

        CliRun valid = CliRun.of("verify", "--public-key", spki, "--client-key", "TNICEVA023", "--timestamp",
                "2024-08-19T17:12:40+07:00", "--signature", sig);
        CliRun invalid = CliRun.of("verify", "--public-key", spki, "--client-key", "TNICEVA023", "--timestamp",
                "2024-08-19T17:12:41+07:00", "--signature", sig);

        assertThat(valid.exit()).isZero();
        assertThat(valid.out().strip()).isEqualTo("valid");
        assertThat(invalid.exit()).isEqualTo(ExitCodes.SIGNATURE_INVALID);
        assertThat(invalid.out().strip()).isEqualTo("invalid");
    }

    @Test
    void keysInspect_describesEveryFormWithoutPrintingTheKey() {
        CliRun pem = CliRun.of("keys", "inspect", keyFile);
        CliRun small = CliRun.of("keys", "inspect", Fixtures.file("keys/rsa1024.pkcs8.pem").toString());
        CliRun p12 = CliRun.of(env, "keys", "inspect", Fixtures.file("keys/rsa2048.p12").toString(),
                "--password-env", "KS");
        CliRun pub = CliRun.of("keys", "inspect", Fixtures.file("keys/rsa2048.cert.pem").toString());
        CliRun ec = CliRun.of("keys", "inspect", Fixtures.file("keys/ec.pkcs8.pem").toString());

        assertThat(pem.exit()).isZero();
        assertThat(pem.out()).contains("PEM PKCS#8").contains("2048 bits").contains("SHA256:");
        String fingerprint = pem.out().lines().filter(l -> l.startsWith("public key")).findFirst().orElseThrow();
        assertThat(p12.out()).contains("PKCS#12").contains(fingerprint);
        assertThat(pub.out()).contains("X.509 certificate").contains(fingerprint);
        assertThat(small.out()).contains("warning").contains("1024 bits");
        assertThat(ec.exit()).isEqualTo(ExitCodes.KEY_PROBLEM);
        String keyLine = Fixtures.text("keys/rsa2048.pkcs8.pem").lines().skip(2).findFirst().orElseThrow();
        assertThat(pem.all() + p12.all()).doesNotContain(keyLine);
    }

    @Test
    void signRequest_printsK4() throws Exception {
        Path body = Fixtures.file("vectors/k4-body.json");
        Map<String, String> e = Map.of("TOKEN", "TOKEN123", "SECRET",
                Fixtures.text("vectors/ionpaytest-sandbox.client-secret").strip());

        CliRun run = CliRun.of(e, "sign-request", "--method", "POST", "--path",
                "/nicepay/api/v1.0/transfer-va/create-va", "--access-token-env", "TOKEN", "--client-secret-env",
                "SECRET", "--timestamp", "2024-12-31T10:11:40+07:00", "--body-file", body.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).isEqualTo(
                "eSWQ+6r02lpnHI0/52Bcir6iZNCag7q1jp4yetIlJP8ARfTUjYZKWA9SLaJHP6h7wmG33ou71YDruiOKO05wsQ==");
        assertThat(run.err()).contains("031b782045fd76f60fe033d153af79d531e4ded56178f3118c5784e31b625f00")
                .doesNotContain("TOKEN123");
    }

    @Test
    void call_againstTheEmbeddedEmulator_succeeds() throws Exception {
        Path body = dir.resolve("balance.json");
        Files.writeString(body, "{\"accountNo\": \"1234567890\", \"additionalInfo\": {\"msId\": \"  8888 1234\"}}");

        CliRun run = CliRun.of("call", "11", "--body-file", body.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"responseCode\" : \"2001100\"").contains("\"availableBalance\"");
    }

    @Test
    void call_aPaymentThatTimesOut_isOutcomeUnknownWithExit6_sentOnce() throws Exception {
        Path body = dir.resolve("pay.json");
        Files.writeString(body, "{\"partnerReferenceNo\":\"PAY-1\",\"merchantId\":\"IONPAYTEST\","
                + "\"amount\":{\"value\":\"100.00\",\"currency\":\"IDR\"}}");
        emulator.faults().service(SnapService.EWALLET_PAYMENT).next(1).delay(java.time.Duration.ofSeconds(3));

        CliRun run = CliRun.of(env, remote("call", "EWALLET_PAYMENT", "--body-file", body.toString(),
                "--read-timeout", "1s", "--external-id", "424242"));

        assertThat(run.exit()).isEqualTo(ExitCodes.OUTCOME_UNKNOWN);
        assertThat(run.err()).contains("may or may not have taken effect").contains("424242").contains("PAY-1");
        assertThat(emulator.journal().serviceRequests(SnapService.EWALLET_PAYMENT)).hasSize(1);
        assertNoSecret(run);
    }

    @Test
    void call_withABadBodyFile_isExit2() throws Exception {
        Path body = dir.resolve("bad.json");
        Files.writeString(body, "{not json");

        CliRun run = CliRun.of("call", "26", "--body-file", body.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is not valid JSON").contains("its content is not shown")
                .doesNotContain("not json");
    }

    @Test
    void emulator_runsInTheForegroundOnLoopbackUntilInterrupted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread runner = new Thread(() -> SnapgateCli.run(new String[] {"emulator", "--port", "0"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                Map.of()));
        runner.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!out.toString(StandardCharsets.UTF_8).contains("state is in memory only") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("listening on http://127.0.0.1:");
        String url = printed.substring(printed.indexOf("http://127.0.0.1:")).split("\\s")[0];
        String demoKey = printed.substring(printed.indexOf("--private-key ") + "--private-key ".length()).lines()
                .findFirst().orElseThrow().strip();

        CliRun token = CliRun.of("token", "--base-url", url, "--client-key", "SNAPGATE-DEMO", "--private-key", demoKey);
        String consoleUrl = printed.substring(printed.indexOf("web console: ") + "web console: ".length()).split(
                "\\s")[0];
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(consoleUrl)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String demoSecret = printed.substring(printed.indexOf("--client-secret-file ")
                + "--client-secret-file ".length()).lines().findFirst().orElseThrow().strip();
        Path example = Files.createTempFile("va", ".json");
        Files.writeString(example, CliRun.of("call", "VA_CREATE", "--example").out());
        CliRun call = CliRun.of("call", "VA_CREATE", "--body-file", example.toString(), "--base-url", url,
                "--client-key", "SNAPGATE-DEMO", "--private-key", demoKey, "--client-secret-file", demoSecret);
        assertThat(call.exit()).as(call.err()).isZero();
        assertThat(call.out()).contains("2002700");
        assertThat(printed).doesNotContain(Files.readString(Path.of(demoSecret)));
        assertThat(consoleUrl).startsWith("http://127.0.0.1:");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("snapgate emulator console");

        runner.interrupt();
        runner.join(10_000);
        assertThat(token.exit()).isZero();
        assertThat(runner.isAlive()).isFalse();
        assertThat(Path.of(demoKey)).doesNotExist();
        assertThat(Path.of(demoSecret)).doesNotExist();
    }

    @Test
    void helpAndVersion_documentTheExitCodes() {
        CliRun help = CliRun.of("--help");
        CliRun version = CliRun.of("--version");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Exit codes:").contains("6   outcome unknown").contains("token")
                .contains("keys");
        assertThat(version.out()).startsWith("snapgate 0.1.0-SNAPSHOT");
    }
}
