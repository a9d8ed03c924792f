package dev.snapgate.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.signing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The examples run as a platform would run them, against the emulator; the README shows the first one verbatim. */
class ExamplesIT {

    private static final String SECRET = "examples-client-secret";

    @Test
    void thePlainJavaExample_runsAsAProgram_createsAVa_andReadsItsState() throws Exception {
        try (SnapEmulator emulator = SnapEmulator.builder().client(ClientKey.of("IONPAYTEST"),
                Fixtures.rsa2048Public(), Secret.of(SECRET)).start()) {
            ProcessBuilder program = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), PlainJavaExample.class.getName(),
                    emulator.baseUrl().toString()).redirectErrorStream(true);
            program.environment().put("SNAPGATE_CLIENT_KEY", "IONPAYTEST");
            program.environment().put("SNAPGATE_PRIVATE_KEY", Fixtures.file("keys/rsa2048.pkcs8.pem").toString());
            program.environment().put("SNAPGATE_CLIENT_SECRET", SECRET);
            Process process = program.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).containsPattern("8\\d{15} 03 \\(VA_UNPAID\\)");
            assertThat(emulator.journal().tokenRequests()).hasSize(1);
            assertThat(emulator.journal().serviceRequests(dev.snapgate.domain.service.SnapService.VA_CREATE))
                    .hasSize(1);
            assertThat(emulator.journal().serviceRequests(dev.snapgate.domain.service.SnapService.VA_STATUS))
                    .hasSize(1);
        }
    }

    @Test
    void theGuiceExample_signsTokenRequestsWithTheOverriddenSigner() {
        try (SnapEmulator emulator = SnapEmulator.builder().client(ClientKey.of("GUICEDEMO"),
                Fixtures.rsa2048Public(), Secret.of(SECRET)).start()) {
            // the configured key file is another key: the token is issued only if the "HSM" signed the request
            GuiceExample.CountingHsmSigner hsm = new GuiceExample.CountingHsmSigner(Fixtures.rsa2048().signer());
            Map<String, String> env = Map.of("SNAPGATE_BASE_URL", emulator.baseUrl().toString(),
                    "SNAPGATE_CLIENT_KEY", "GUICEDEMO",
                    "SNAPGATE_PRIVATE_KEY", Fixtures.file("keys/other2048.pkcs8.pem").toString());

            assertThat(GuiceExample.tokenType(env, hsm)).isEqualTo("Bearer");
            assertThat(hsm.signatures()).isEqualTo(1);
        }
    }

    @Test
    void theReadme_showsThePlainJavaExampleVerbatim() throws IOException {
        Path readme = Path.of("..", "README.md");
        String example = Files.readString(Path.of("src", "main", "java", "dev", "snapgate", "examples",
                "PlainJavaExample.java")).strip();
        String text = Files.readString(readme);
        int start = text.indexOf("```java\n");
        int end = text.indexOf("```", start + 8);
        List<String> firstBlock = text.substring(start + 8, end).strip().lines().toList();

        assertThat(String.join("\n", firstBlock)).isEqualTo(example);
    }

    @Test
    void theTypedFamilyExamples_runAgainstTheEmulator() {
        ClientKey merchant = ClientKey.of("IONPAYTEST");
        try (SnapEmulator emulator = SnapEmulator.builder().client(merchant, Fixtures.rsa2048Public(),
                Secret.of(SECRET)).start();
                dev.snapgate.http.SnapClient nicepay = dev.snapgate.http.SnapClient.builder()
                        .baseUrl(emulator.baseUrl())
                        .merchant(dev.snapgate.domain.Merchant.of(merchant, Fixtures.rsa2048().signer(),
                                new dev.snapgate.signing.HmacSha512Signer(Secret.of(SECRET)))).build()) {
            assertThat(TypedFamiliesExample.virtualAccount(nicepay)).isEqualTo(dev.snapgate.api.TransactionState.VA_UNPAID);
            assertThat(TypedFamiliesExample.ewallet(nicepay)).contains(dev.snapgate.api.TransactionState.EWALLET_INITIATED);
            assertThat(TypedFamiliesExample.qris(nicepay)).contains(dev.snapgate.api.TransactionState.QRIS_PENDING);
            dev.snapgate.api.Payout approved = TypedFamiliesExample.payout(nicepay);
            assertThat(approved.state()).contains(dev.snapgate.api.TransactionState.PAYOUT_SUCCESS);

            dev.snapgate.api.Payout second = nicepay.payouts().register(dev.snapgate.api
                    .PayoutRegistrationRequest.of("PAYOUT-0002", "IONPAYTEST", "5345000060", "Siti", "0812345678",
                "BMRI", "1",
                            dev.snapgate.domain.Amount.idr(1000)));
            emulator.faults().service(dev.snapgate.domain.service.SnapService.PAYOUT_APPROVE).next(1)
                    .respond(500, "5000000");
            dev.snapgate.api.Verdict verdict = TypedFamiliesExample.approveOrSettle(nicepay, second);
            assertThat(verdict).isInstanceOf(dev.snapgate.api.Verdict.Received.class); // still pending (03)
        }
    }

    @Test
    void theReadme_typedSnippets_appearVerbatimInTheTypedFamiliesExample() throws IOException {
        String text = docsText();
        List<String> source = Files.readString(Path.of("src", "main", "java", "dev", "snapgate", "examples",
                "TypedFamiliesExample.java")).lines().map(String::strip).toList();
        String marker = "<!-- TypedFamiliesExample -->\n```java\n";
        int found = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            int start = at + marker.length();
            List<String> snippet = text.substring(start, text.indexOf("```", start)).strip().lines()
                    .map(String::strip).toList();
            assertThat(java.util.Collections.indexOfSubList(source, snippet)).as(String.join("\n", snippet))
                    .isNotNegative();
            found++;
        }
        assertThat(found).isEqualTo(5);
    }

    @Test
    void theReceivingExample_servesNicepaysFlowInAServletContainer() throws Exception {
        ClientKey client = ClientKey.of("IONPAYTEST");
        java.util.concurrent.BlockingQueue<dev.snapgate.domain.inbound.InboundNotification> paid =
                new java.util.concurrent.LinkedBlockingQueue<>();
        try (SnapEmulator nicepay = SnapEmulator.builder().client(client, Fixtures.rsa2048Public(),
                Secret.of(SECRET)).start()) {
            Path nicepayKey = Files.createTempFile("nicepay", ".pub");
            Files.writeString(nicepayKey, nicepay.transactionPublicKeyPem());
            Path notificationKey = Files.createTempFile("nicepay-notification", ".pub");
            Files.writeString(notificationKey, nicepay.notificationPublicKeyPem());
            ReceivingExample.MyBills bills = new ReceivingExample.MyBills();
            bills.open(new dev.snapgate.domain.inbound.Bill("8808123456", "Budi Santoso",
                    dev.snapgate.domain.Amount.idr("50000.00")));
            org.eclipse.jetty.server.Server jetty = new org.eclipse.jetty.server.Server(
                    new java.net.InetSocketAddress("127.0.0.1", 0));
            org.eclipse.jetty.ee10.servlet.ServletContextHandler context =
                    new org.eclipse.jetty.ee10.servlet.ServletContextHandler("/");
            ReceivingExample.mount(context.getServletContext(), nicepayKey, notificationKey, Secret.of(SECRET), bills,
                    paid::add);
            jetty.setHandler(context);
            jetty.start();
            try {
                java.net.URI merchant = java.net.URI.create("http://127.0.0.1:"
                        + ((org.eclipse.jetty.server.ServerConnector) jetty.getConnectors()[0]).getLocalPort()
                        + "/nicepay");
                dev.snapgate.emulator.NicepayFlow flow = nicepay.nicepayFlow(merchant, client, Secret.of(SECRET));

                assertThat(flow.run("   88081", "23456", "8808123456", java.util.Optional.empty()))
                        .extracting(dev.snapgate.emulator.NicepayFlow.Step::responseCode)
                        .containsExactly("2007300", "2002400", "2002500");
                assertThat(flow.notify("/notify", Map.of("virtualAccountNo", "8808123456", "trxId", "T-1"))
                        .responseCode()).isEqualTo("2002500");
                assertThat(paid.poll(5, TimeUnit.SECONDS)).isNotNull();
            } finally {
                jetty.stop();
                Files.deleteIfExists(nicepayKey);
                Files.deleteIfExists(notificationKey);
            }
        }
    }

    @Test
    void theObservabilityExample_recordsMeters_andTheReadmeShowsItVerbatim() throws IOException {
        ClientKey merchant = ClientKey.of("IONPAYTEST");
        io.micrometer.core.instrument.MeterRegistry registry =
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        try (SnapEmulator emulator = SnapEmulator.builder().client(merchant, Fixtures.rsa2048Public(),
                Secret.of(SECRET)).start();
                dev.snapgate.http.SnapClient client = ObservabilityExample.client(emulator.baseUrl(),
                        dev.snapgate.domain.Merchant.tokenOnly(merchant, Fixtures.rsa2048().signer()), registry,
                        io.micrometer.observation.ObservationRegistry.create())) {
            client.accessToken(merchant);
        }
        assertThat(registry.find("snapgate.token.requests").tag("outcome", "success").timer()).isNotNull();
        assertVerbatim("ObservabilityExample");
    }

    @Test
    void theReadme_showsTheReceivingExampleVerbatim() throws IOException {
        assertVerbatim("ReceivingExample");
    }

    @Test
    void everyJavaBlockOfTheReadme_isTheFirstExampleOrMarkedAndCheckedVerbatim() throws IOException {
        String text = docsText();
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("(?:<!-- (\\w+) -->\\n)?```java\\n")
                .matcher(text);
        int blocks = 0;
        java.util.Set<String> examples = new java.util.TreeSet<>();
        while (block.find()) {
            blocks++;
            if (blocks == 1) {
                continue; // PlainJavaExample, checked whole above
            }
            assertThat(block.group(1)).as("README java block " + blocks + " has no <!-- NameExample --> marker")
                    .isNotNull();
            examples.add(block.group(1));
        }
        assertThat(blocks).isGreaterThan(8);
        for (String example : examples) {
            assertVerbatimAll(example);
        }
    }

    @Test
    void theEmulatorExample_runs() {
        org.assertj.core.api.Assertions.assertThatCode(() -> EmulatorExample.script(
                Fixtures.file("keys/rsa2048.public.pem"), SECRET)).doesNotThrowAnyException();
    }

    /** An example's source: here, or (the Spring Boot application's classes) in spring-boot-tests/boot-3.5. */
    private static Path sourceOf(String name) {
        Path here = Path.of("src", "main", "java", "dev", "snapgate", "examples", name + ".java");
        return Files.exists(here) ? here : Path.of("..", "spring-boot-tests", "boot-3.5", "src", "main", "java", "dev",
                "snapgate", "boottest", name + ".java");
    }

    @Test
    void theSpringBootSection_showsTheApplicationsYamlVerbatim_andBothBootLinesUseIt() throws IOException {
        String text = docsText();
        String marker = "<!-- application.yml -->\n```yaml\n";
        int at = text.indexOf(marker);
        assertThat(at).as("application.yml marker").isNotNegative();
        String shown = text.substring(at + marker.length(), text.indexOf("```", at + marker.length()));
        for (String line : List.of("3.5", "4.0")) {
            assertThat(Files.readString(Path.of("..", "spring-boot-tests", "boot-" + line, "src", "main",
                    "resources", "application.yml"))).as("boot-" + line).isEqualTo(shown);
        }
    }

    /** The README first, then every page under docs/: Java blocks are checked wherever they are. */
    private static String docsText() throws IOException {
        StringBuilder all = new StringBuilder(Files.readString(Path.of("..", "README.md")));
        try (java.util.stream.Stream<Path> pages = Files.list(Path.of("..", "docs"))) {
            for (Path page : pages.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                all.append("\n\n").append(Files.readString(page));
            }
        }
        return all.toString();
    }

    /** Every README block marked {@code <!-- NAME -->} appears, line for line, in NAME.java. */
    private static void assertVerbatimAll(String name) throws IOException {
        String text = docsText();
        List<String> source = Files.readString(sourceOf(name)).lines().map(String::strip).toList();
        String marker = "<!-- " + name + " -->\n```java\n";
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            int start = at + marker.length();
            List<String> snippet = text.substring(start, text.indexOf("```", start)).strip().lines()
                    .map(String::strip).toList();
            assertThat(java.util.Collections.indexOfSubList(source, snippet)).as(name + ":\n"
                    + String.join("\n", snippet)).isNotNegative();
        }
    }

    /** The README block after the marker {@code <!-- NAME -->} appears, line for line, in NAME.java. */
    private static void assertVerbatim(String name) throws IOException {
        String text = docsText();
        List<String> source = Files.readString(Path.of("src", "main", "java", "dev", "snapgate", "examples",
                name + ".java")).lines().map(String::strip).toList();
        String marker = "<!-- " + name + " -->\n```java\n";
        int at = text.indexOf(marker);
        assertThat(at).as("README marker").isNotNegative();
        int start = at + marker.length();
        List<String> snippet = text.substring(start, text.indexOf("```", start)).strip().lines().map(String::strip)
                .toList();
        assertThat(java.util.Collections.indexOfSubList(source, snippet)).as(String.join("\n", snippet))
                .isNotNegative();
    }
}
