package dev.snapgate.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.api.Verdict;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.MerchantKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash-safe pattern with a real crash: a child JVM records its intent, sends a VA creation and is killed while
 * NICEPAY (the emulator) still holds the answer; the restarted platform settles from its journal and never re-sends.
 */
class CrashSafeExampleIT {

    private static final String SECRET = "crash-safe-client-secret";
    private static final String EXTERNAL_ID = "20261204000000000000000000000000777";

    @Test
    void aJvmKilledMidCall_isSettledFromItsJournal_andTheCreateIsNeverSentAgain(@TempDir Path journal)
            throws Exception {
        ClientKey merchant = ClientKey.of("IONPAYTEST");
        try (SnapEmulator emulator = SnapEmulator.builder().client(merchant, Fixtures.rsa2048Public(),
                Secret.of(SECRET)).start()) {
            emulator.faults().service(SnapService.VA_CREATE).next(1).delay(Duration.ofSeconds(60));
            ProcessBuilder program = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), CrashSafeExample.class.getName(),
                    emulator.baseUrl().toString(), journal.toString(), "ORDER-CRASH-1", EXTERNAL_ID)
                    .redirectErrorStream(true).redirectOutput(journal.resolve("child.log").toFile());
            program.environment().put("SNAPGATE_CLIENT_KEY", merchant.value());
            program.environment().put("SNAPGATE_PRIVATE_KEY", Fixtures.file("keys/rsa2048.pkcs8.pem").toString());
            program.environment().put("SNAPGATE_CLIENT_SECRET", SECRET);
            Process child = program.start();
            try {
                // the fact to wait for: NICEPAY has received the create (and holds its answer for a minute)
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
                while (emulator.journal().serviceRequests(SnapService.VA_CREATE).isEmpty()) {
                    assertThat(child.isAlive()).as("the child died early: %s", Files.exists(journal.resolve(
                            "child.log")) ? Files.readString(journal.resolve("child.log")) : "").isTrue();
                    assertThat(System.nanoTime()).as("the create reached the emulator within 45 s").isLessThan(
                            deadline);
                    Thread.sleep(20); // polling a fact (the emulator's journal), bounded above
                }
                assertThat(journal.resolve("intent-" + EXTERNAL_ID + ".properties")).exists();
                assertThat(journal.resolve("answer-" + EXTERNAL_ID + ".properties")).doesNotExist();
            } finally {
                child.destroyForcibly();   // the crash: no answer will ever reach this JVM
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isNotZero();

            try (SnapClient restarted = SnapClient.builder().baseUrl(emulator.baseUrl())
                    .merchant(MerchantKeys.fromPem(merchant.value(), Fixtures.file("keys/rsa2048.pkcs8.pem"),
                            Secret.of(SECRET))).build()) {
                Map<String, Verdict> verdicts = CrashSafeExample.recover(restarted, journal);

                assertThat(verdicts).containsOnlyKeys(EXTERNAL_ID);
                assertThat(verdicts.get(EXTERNAL_ID)).isInstanceOf(Verdict.Received.class);
                assertThat(journal.resolve("answer-" + EXTERNAL_ID + ".properties")).exists();
                assertThat(CrashSafeExample.recover(restarted, journal)).as("settled once, then done").isEmpty();
            }
            assertThat(emulator.journal().serviceRequests(SnapService.VA_CREATE)).singleElement()
                    .satisfies(r -> assertThat(r.header("X-EXTERNAL-ID")).isEqualTo(EXTERNAL_ID));
            assertThat(emulator.journal().serviceRequests(SnapService.VA_STATUS)).isNotEmpty();
        }
    }
}
