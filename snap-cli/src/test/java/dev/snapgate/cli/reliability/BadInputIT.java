package dev.snapgate.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.cli.CliRuns;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.signing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Operators' mistakes and a hostile upstream, through the CLI: each case has its exit code and the exact shape of
 * its one- or two-line message; nothing goes to stdout (nothing half-written) and no stack trace is printed.
 */
class BadInputIT {

    private static final Map<String, String> ENV = Map.of("KP", Fixtures.KEY_PASSWORD, "BADPW", "not-the-password",
            "KS", Fixtures.STORE_PASSWORD);
    private static final String SECRET_IN_A_FILE = "sk-CANARY-f00dfacecafe";
    private static Path dir;
    private static SnapEmulator emulator;

    @BeforeAll
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("snapgate-bad-input");
        Files.writeString(dir.resolve("empty.pem"), "");
        Files.writeString(dir.resolve("csr.pem"), "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n");
        Files.write(dir.resolve("huge.pem"), new byte[5 * 1024 * 1024]);
        Files.createDirectory(dir.resolve("a-directory"));
        // valid bodies, so each case fails on the problem it is about, not on NICEPAY's field rules
        Files.writeString(dir.resolve("status.json"), "{\"partnerServiceId\":\"\",\"customerNo\":\"\","
                + "\"virtualAccountNo\":\"  12340001\",\"additionalInfo\":{\"totalAmount\":{\"value\":\"1.00\","
                + "\"currency\":\"IDR\"},\"trxId\":\"ORD-1\"}}");
        Files.writeString(dir.resolve("payment.json"), "{\"partnerReferenceNo\":\"ORD-9\",\"merchantId\":\"M\","
                + "\"amount\":{\"value\":\"1.00\",\"currency\":\"IDR\"}}");
        Files.writeString(dir.resolve("bills.json"), "[{\"virtualAccountNo\":\"1\",\"virtualAccountName\":\"A\","
                + "\"totalAmount\":\"1.00\"}]");
        Files.writeString(dir.resolve("bad-bills.json"), "[{\"virtualAccountNo\":\"1\",\"virtualAccountName\":\"A\"}]");
        Files.writeString(dir.resolve("float-amount.json"), "{\"partnerReferenceNo\":\"ORD-9\",\"merchantId\":\"M\","
                + "\"amount\":{\"value\":1.5,\"currency\":\"IDR\"}}");
        Files.writeString(dir.resolve("client-secret.txt"), SECRET_IN_A_FILE + "\n");
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("a-fifo").toString()).start();
        try {
            if (mkfifo.waitFor() != 0) {
                throw new IOException("mkfifo failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        emulator = SnapEmulator.builder().client(ClientKey.of("BADINPUT"), Fixtures.rsa2048Public(),
                Secret.of("bad-input-secret")).start();
    }

    @AfterAll
    static void tearDown() {
        emulator.close();
    }

    private static String key(String name) {
        return Fixtures.file("keys/" + name).toString();
    }

    private static String[] token(String... keyArgs) {
        List<String> args = new ArrayList<>(List.of("token", "--env", "sandbox", "--client-key", "M"));
        args.addAll(List.of(keyArgs));
        return args.toArray(String[]::new);
    }

    /** Token call against the emulator whose next answer is {@code body}. */
    private static String[] answered(String body) {
        return new String[] {"@answer", body};
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // ---- key files (exit 3)
                Arguments.of("empty key file", token("--private-key", "@dir/empty.pem"), 3, ".*empty\\.pem is empty; expected a private key\\. Check that you copied the whole file"),
                Arguments.of("truncated PEM", token("--private-key", key("truncated.pem")), 3, ".*truncated\\.pem: PEM block 'PRIVATE KEY' has no END line, so the file is truncated; copy the whole key.*"),
                Arguments.of("wrong PEM label", token("--private-key", "@dir/csr.pem"), 3, ".*csr\\.pem holds a PEM block 'CERTIFICATE REQUEST', which is not a private key\\. Expected BEGIN PRIVATE KEY.*"),
                Arguments.of("EC key", token("--private-key", key("ec.pkcs8.pem")), 3, ".*ec\\.pkcs8\\.pem holds an EC private key .*SNAP signs with RSA.*"),
                Arguments.of("EC key (SEC1)", token("--private-key", key("ec.sec1.pem")), 3, ".*ec\\.sec1\\.pem holds a 'EC PRIVATE KEY'; SNAP signs with RSA.*"),
                Arguments.of("DSA key", token("--private-key", key("dsa.pkcs8.pem")), 3, ".*dsa\\.pkcs8\\.pem holds an DSA private key .*SNAP signs with RSA.*"),
                Arguments.of("certificate as private key", token("--private-key", key("rsa2048.cert.pem")), 3, ".*rsa2048\\.cert\\.pem is an X\\.509 certificate \\(a public key\\); a private key is expected here.*"),
                Arguments.of("public key as private key", token("--private-key", key("rsa2048.public.pem")), 3, ".*rsa2048\\.public\\.pem is a public key; a private key is expected here.*"),
                Arguments.of("encrypted key without password", token("--private-key", key("rsa2048.encrypted.pem")), 3, ".*is an encrypted private key .*; give its password \\(SNAPGATE_KEY_PASSWORD or --key-password-env VAR.*"),
                Arguments.of("wrong key password", token("--private-key", key("rsa2048.encrypted.pem"), "--key-password-env", "BADPW"), 3, ".*: wrong password for the encrypted private key; check SNAPGATE_KEY_PASSWORD.*"),
                Arguments.of("legacy encrypted PKCS#1", token("--private-key", key("rsa2048.legacy-encrypted.pem"), "--key-password-env", "KP"), 3, ".*is a legacy encrypted PKCS#1 key \\(Proc-Type: 4,ENCRYPTED\\).*openssl pkcs8 -topk8 -v2 aes-256-cbc -in \\S*rsa2048\\.legacy-encrypted\\.pem -out key-pkcs8\\.pem.*"),
                Arguments.of("binary garbage", token("--private-key", key("garbage.bin")), 3, ".*garbage\\.bin is a binary file, not a PEM or Base64 key\\. If it is a PKCS#12 keystore \\(\\.p12/\\.pfx\\), load it with Pkcs12KeyStoreLoader; .*; use --keystore for a PKCS#12 keystore"),
                Arguments.of("multi-megabyte file", token("--private-key", "@dir/huge.pem"), 3, ".*huge\\.pem is 5242880 bytes, far too large for a private key \\(at most 262144\\); check that this is the right file"),
                Arguments.of("directory", token("--private-key", "@dir/a-directory"), 3, ".*a-directory is a directory; give the path of the private key file itself"),
                Arguments.of("missing path", token("--private-key", "@dir/missing.pem"), 3, ".*missing\\.pem does not exist; check the private key path"),
                Arguments.of("PKCS#12 wrong store password", token("--keystore", key("rsa2048.p12"), "--keystore-password-env", "BADPW"), 3, ".*rsa2048\\.p12: wrong keystore password; check SNAPGATE_KEYSTORE_PASSWORD.*"),
                Arguments.of("PKCS#12 wrong alias", token("--keystore", key("two-keys.p12"), "--keystore-password-env", "KS", "--key-alias", "nobody"), 3, ".*two-keys\\.p12 has no private key under alias 'nobody'; its key aliases are \\[(merchant, second|second, merchant)\\]; choose one of them; set SNAPGATE_KEY_ALIAS or --key-alias"),
                Arguments.of("PKCS#12 several keys, no alias", token("--keystore", key("two-keys.p12"), "--keystore-password-env", "KS"), 3, ".*two-keys\\.p12 holds 2 private keys \\[.*\\]; choose one as the alias; set SNAPGATE_KEY_ALIAS or --key-alias"),
                Arguments.of("PEM given as keystore", token("--keystore", key("rsa2048.pkcs8.pem"), "--keystore-password-env", "KS"), 3, ".*rsa2048\\.pkcs8\\.pem is a PEM file, not a PKCS#12 keystore; use --private-key for PEM and Base64 keys"),
                // ---- configuration (exit 2)
                Arguments.of("missing client key", new String[] {"token", "--env", "sandbox", "--private-key", key("rsa2048.pkcs8.pem")}, 2, "snapgate: client key is missing: set --client-key or SNAPGATE_CLIENT_KEY to the client ID NICEPAY issued.*"),
                Arguments.of("malformed URL", token("--base-url", "https://exa mple.com", "--private-key", key("rsa2048.pkcs8.pem")), 2, "snapgate: base URL 'https://exa mple\\.com' \\(from --base-url\\) is malformed; use e\\.g\\. https://dev\\.nicepay\\.co\\.id"),
                Arguments.of("non-https production", new String[] {"token", "--env", "production", "--base-url", "http://www.nicepay.co.id", "--client-key", "M", "--private-key", key("rsa2048.pkcs8.pem")}, 2, "snapgate: base URL 'http://www\\.nicepay\\.co\\.id' \\(from --base-url\\) is plain http; production must use https"),
                Arguments.of("production over loopback http", new String[] {"token", "--env", "production", "--base-url", "http://127.0.0.1:9", "--client-key", "M", "--private-key", key("rsa2048.pkcs8.pem")}, 2, "snapgate: base URL 'http://127\\.0\\.0\\.1:9' \\(from --base-url\\) is plain http; production must use https, even on a loopback host.*"),
                Arguments.of("non-numeric external ID", new String[] {"call", "VA_STATUS", "--env", "local", "--body-file", "@dir/status.json", "--external-id", "abc"}, 2, "snapgate: --external-id: .*"),
                Arguments.of("channel ID with a line break", new String[] {"call", "VA_STATUS", "--env", "local", "--body-file", "@dir/status.json", "--channel-id", "IONPAY\nX-Injected: 1"}, 2, "snapgate: channel ID \\(from --channel-id\\) must be 1-64 visible ASCII characters without spaces or line breaks.*"),
                Arguments.of("/dev/zero as body file", new String[] {"call", "VA_STATUS", "--env", "local", "--body-file", "/dev/zero"}, 2, "snapgate: --body-file /dev/zero is not a regular file \\(a device, pipe or socket\\); give a file"),
                Arguments.of("FIFO as body file", new String[] {"call", "VA_STATUS", "--env", "local", "--body-file", "@dir/a-fifo"}, 2, "snapgate: --body-file .*a-fifo is not a regular file \\(a device, pipe or socket\\); give a file"),
                Arguments.of("/dev/zero as config file", new String[] {"token", "--config", "/dev/zero"}, 2, "snapgate: config file /dev/zero \\(from --config or SNAPGATE_CONFIG\\) is not a regular file.*"),
                Arguments.of("/dev/zero as secret file", new String[] {"token", "--env", "local", "--client-secret-file", "/dev/zero"}, 2, "snapgate: /dev/zero \\(from --client-secret-file\\) is not a regular file.*"),
                Arguments.of("FIFO as private key", token("--private-key", "@dir/a-fifo"), 3, ".*a-fifo is not a regular file \\(a device, pipe or socket\\); give the path of the private key file itself"),
                Arguments.of("secret file given as body", new String[] {"call", "VA_STATUS", "--env", "local", "--body-file", "@dir/client-secret.txt"}, 2, "snapgate: --body-file .*client-secret\\.txt is not valid JSON \\(at line 1, column \\d+\\); a SNAP body is one JSON object \\{\\.\\.\\.\\}; its content is not shown"),
                Arguments.of("amount as a JSON number", new String[] {"call", "EWALLET_PAYMENT", "--env", "local", "--body-file", "@dir/float-amount.json"}, 2, "snapgate: EWALLET_PAYMENT request not sent: amount\\.value must be a string with digits, a point and exactly two decimals.*got a number"),
                Arguments.of("serve with a bills file that is not a list", new String[] {"serve", "--port", "0", "--nicepay-public-key", key("rsa2048.public.pem"), "--client-key", "M", "--client-secret-file", "@dir/client-secret.txt", "--bills", "@dir/payment.json"}, 2, "snapgate: --bills .*payment\\.json is not a JSON list of objects \\(at line 1, column \\d+\\); expected \\[.*\\]; its content is not shown"),
                Arguments.of("serve without the client secret", new String[] {"serve", "--port", "0", "--nicepay-public-key", key("rsa2048.public.pem"), "--client-key", "M", "--bills", "@dir/bills.json"}, 2, "snapgate: serve needs the client secret the merchant gave NICEPAY: give exactly one of --client-secret-env VAR or --client-secret-file FILE"),
                Arguments.of("serve with a bill missing its amount", new String[] {"serve", "--port", "0", "--nicepay-public-key", key("rsa2048.public.pem"), "--client-key", "M", "--client-secret-file", "@dir/client-secret.txt", "--bills", "@dir/bad-bills.json"}, 2, "snapgate: --bills .*bad-bills\\.json entry 1: totalAmount must be \"50000\\.00\" or \\{\"value\":\"50000\\.00\",\"currency\":\"IDR\"\\}"),
                Arguments.of("settling an inquiry", new String[] {"settle", "QRIS_QUERY", "--env", "local", "--body-file", "@dir/status.json"}, 2, "snapgate: QRIS_QUERY is an inquiry: it never needs settling.*"),
                Arguments.of("money-moving call with nothing configured", new String[] {"call", "EWALLET_PAYMENT", "--body-file", "@dir/payment.json"}, 2, "snapgate: EWALLET_PAYMENT moves money, so it needs an explicit environment; nothing was sent\\. Use --env local for the embedded emulator.*"),
                Arguments.of("zero timeout", token("--private-key", key("rsa2048.pkcs8.pem"), "--read-timeout", "0"), 2, "snapgate: read timeout must be positive, got '0' \\(from --read-timeout\\); e\\.g\\. 5s, 500ms or PT15S"),
                Arguments.of("negative timeout", token("--private-key", key("rsa2048.pkcs8.pem"), "--connect-timeout", "-3s"), 2, "snapgate: connect timeout must be positive, got '-3s' \\(from --connect-timeout\\); e\\.g\\. 5s, 500ms or PT15S"),
                Arguments.of("unknown environment", new String[] {"token", "--env", "staging"}, 2, "snapgate: unknown environment 'staging' \\(from --env\\); use local, sandbox, production or custom"),
                Arguments.of("conflicting key sources", token("--private-key", key("rsa2048.pkcs8.pem"), "--keystore", key("rsa2048.p12")), 2, "snapgate: two key sources are configured \\(--private-key and --keystore\\); give either a private key file or a PKCS#12 keystore"),
                Arguments.of("secret as a plain option", new String[] {"token", "--client-secret", "s3cr3t"}, 2, "snapgate: Unknown options?: '--client-secret'.*"),
                Arguments.of("timestamp in the wrong format", new String[] {"sign", "--client-key", "M", "--timestamp", "2024-12-31T03:11:40Z", "--private-key", key("rsa2048.pkcs8.pem")}, 2, "snapgate: --timestamp: timestamp must look like 2024-12-31T10:11:40\\+07:00 .*"),
                // ---- upstream answers (exit 5)
                Arguments.of("expiresIn abc", answered("{\"responseCode\":\"2007300\",\"accessToken\":\"t\",\"tokenType\":\"Bearer\",\"expiresIn\":\"abc\"}"), 5, "snapgate: access token request failed: the upstream answered 2007300 but expiresIn is 'abc', expected a positive number of seconds such as \"900\"; the token cannot be used"),
                Arguments.of("expiresIn -5", answered("{\"responseCode\":\"2007300\",\"accessToken\":\"t\",\"tokenType\":\"Bearer\",\"expiresIn\":\"-5\"}"), 5, "snapgate: access token request failed: the upstream answered 2007300 but expiresIn is '-5', .*"),
                Arguments.of("expiresIn missing", answered("{\"responseCode\":\"2007300\",\"accessToken\":\"t\",\"tokenType\":\"Bearer\"}"), 5, "snapgate: access token request failed: the upstream answered 2007300 but expiresIn is missing; the token cannot be used"),
                Arguments.of("accessToken missing", answered("{\"responseCode\":\"2007300\",\"tokenType\":\"Bearer\",\"expiresIn\":\"900\"}"), 5, "snapgate: access token request failed: the upstream answered 2007300 but accessToken is missing; the token cannot be used"),
                Arguments.of("tokenType Basic", answered("{\"responseCode\":\"2007300\",\"accessToken\":\"t\",\"tokenType\":\"Basic\",\"expiresIn\":\"900\"}"), 5, "snapgate: access token request failed: the upstream answered 2007300 but tokenType is 'Basic', expected Bearer; the token cannot be used"),
                Arguments.of("3,000-character token", answered("{\"responseCode\":\"2007300\",\"accessToken\":\"" + "x".repeat(3000) + "\",\"tokenType\":\"Bearer\",\"expiresIn\":\"900\"}"), 5, "snapgate: access token request failed: the upstream answered 2007300 but accessToken is 3000 characters, more than SNAP's 2048; the token cannot be used"),
                Arguments.of("oversized body", answered("{\"pad\":\"" + "x".repeat(70_000) + "\"}"), 5, "snapgate: access token request failed: the upstream('s body exceeds| sent a 70010-byte body, more than) the 65536-byte cap; refused.*"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInput_givesAClearMessageAndTheDocumentedExitCode_andWritesNothing(String name, String[] args, int exit,
            String messageShape) {
        String[] resolved;
        if (args[0].equals("@answer")) {
            emulator.faults().clear();
            emulator.faults().token().next(1).body(200, args[1]);
            resolved = new String[] {"token", "--base-url", emulator.baseUrl().toString(), "--client-key", "BADINPUT",
                "--private-key", key("rsa2048.pkcs8.pem")};
        } else {
            resolved = Stream.of(args).map(a -> a.startsWith("@dir/") ? dir.resolve(a.substring(5)).toString() : a)
                    .toArray(String[]::new);
        }

        CliRuns.Result run = CliRuns.run(ENV, resolved);

        assertThat(run.exit()).as(run.err()).isEqualTo(exit);
        assertThat(run.out()).as("nothing half-written to stdout").isEmpty();
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.err()).hasSizeBetween(1, 2);
        assertThat(lines.get(0)).matches("snapgate: " + messageShape.replaceFirst("^snapgate: ", ""));
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("not-the-password")
                .doesNotContain(Fixtures.KEY_PASSWORD).doesNotContain(Fixtures.STORE_PASSWORD)
                .doesNotContain(SECRET_IN_A_FILE).doesNotContain("f00dface");
    }
}
