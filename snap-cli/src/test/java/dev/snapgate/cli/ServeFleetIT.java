package dev.snapgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.emulator.NicepayFlow;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.store.redis.LocalRedis;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code snapgate serve} instances sharing {@code --replay-store redis://} (a real redis-server on loopback) and a
 * token key: what one processed, the other recognises — a payment's external ID, and a notification redelivered to
 * the other instance is answered with the original success without reaching its receiver again.
 */
class ServeFleetIT {

    private static final String SECRET = "serve-fleet-client-secret";
    private static final String TOKEN_KEY = "serve-fleet-token-key-0123456789abcdef";

    @TempDir
    Path dir;

    private record Running(Thread thread, String url, ByteArrayOutputStream err) {
    }

    private Running serve(URI redis, Path bills) throws Exception {
        PipedInputStream outPipe = new PipedInputStream(64 * 1024);
        PrintStream out = new PrintStream(new PipedOutputStream(outPipe), true, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t = new Thread(() -> SnapgateCli.run(new String[] {"serve", "--port", "0", "--nicepay-public-key",
            Fixtures.file("keys/rsa2048.public.pem").toString(), "--notification-public-key",
            Fixtures.file("keys/other2048.public.pem").toString(), "--client-key", "IONPAYTEST",
            "--client-secret-env", "CS", "--token-key-env", "TK", "--bills", bills.toString(), "--replay-store",
            redis.toString()}, out, new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("CS", SECRET, "TK",
                    TOKEN_KEY)));
        t.start();
        String first = new BufferedReader(new InputStreamReader(outPipe, StandardCharsets.UTF_8)).readLine();
        assertThat(first).startsWith("snapgate serve listening on http://127.0.0.1:");
        return new Running(t, first.substring(first.indexOf("http://")).split(" ")[0], err);
    }

    @Test
    void twoServeInstancesSharingRedis_processEachPaymentAndNotificationOnce() throws Exception {
        Path bills = dir.resolve("bills.json");
        Files.writeString(bills, "[{\"virtualAccountNo\":\"8808123456\",\"virtualAccountName\":\"Budi\","
                + "\"totalAmount\":\"50000.00\"}]");
        List<Running> fleet = new ArrayList<>();
        try (LocalRedis redis = LocalRedis.start()) {
            fleet.add(serve(redis.uri(), bills));
            fleet.add(serve(redis.uri(), bills));
            NicepayFlow toFirst = new NicepayFlow(URI.create(fleet.get(0).url()), ClientKey.of("IONPAYTEST"),
                    Fixtures.rsa2048().signer(), dev.snapgate.signing.PemKeyLoader.load(Fixtures.file(
                            "keys/other2048.pkcs8.pem"), Optional.empty()).signer(), Secret.of(SECRET),
                    Clock.systemUTC());
            Secret token = Secret.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree(toFirst.token()
                    .body()).get("accessToken").asText());
            NicepayFlow toSecond = new NicepayFlow(URI.create(fleet.get(1).url()), ClientKey.of("IONPAYTEST"),
                    Fixtures.rsa2048().signer(), dev.snapgate.signing.PemKeyLoader.load(Fixtures.file(
                            "keys/other2048.pkcs8.pem"), Optional.empty()).signer(), Secret.of(SECRET),
                    Clock.systemUTC());
            Map<String, Object> payment = Map.of("partnerServiceId", "   88081", "customerNo", "1",
                    "virtualAccountNo", "8808123456", "paymentRequestId", "P-1", "paidAmount",
                    Amount.idr("50000.00").toWire(), "additionalInfo", Map.of("bankCd", "BMRI"));
            Map<String, Object> paid = Map.of("virtualAccountNo", "8808123456", "trxId", "ORDER-FLEET-1");

            NicepayFlow.Step first = toFirst.signed("payment", "/api/v1.0/transfer-va/payment", token, payment,
                    "123456789");
            NicepayFlow.Step sameIdElsewhere = toSecond.signed("payment", "/api/v1.0/transfer-va/payment", token,
                    Map.of("partnerServiceId", "   88081", "customerNo", "1", "virtualAccountNo", "8808123456",
                            "paymentRequestId", "P-2", "paidAmount", Amount.idr("50000.00").toWire(),
                            "additionalInfo", Map.of("bankCd", "BMRI")), "123456789");
            NicepayFlow.Step notified = toFirst.notify("/api/v1.0/transfer-va/payment", paid);
            NicepayFlow.Step redelivered = toSecond.notify("/api/v1.0/transfer-va/payment", paid);

            assertThat(first.responseCode()).isEqualTo("2002500");
            assertThat(sameIdElsewhere.responseCode()).isEqualTo("4092500");
            assertThat(notified.responseCode()).isEqualTo("2002500");
            assertThat(redelivered.responseCode()).isEqualTo("2002500");
        } finally {
            for (Running r : fleet) {
                r.thread().interrupt();
                r.thread().join(10_000);
            }
        }
        String logs = fleet.get(0).err().toString(StandardCharsets.UTF_8) + fleet.get(1).err()
                .toString(StandardCharsets.UTF_8);
        assertThat(logs.lines().filter(l -> l.contains("notification received: VA paid, trxId ORDER-FLEET-1")))
                .hasSize(1);
        assertThat(logs).doesNotContain(SECRET).doesNotContain(TOKEN_KEY);
    }
}
