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
            assertThat(output).containsPattern("8\\d{15} 03 \\(UNPAID\\)");
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
}
