package dev.snapgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.emulator.NicepayFlow;
import dev.snapgate.signing.Fixtures;
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
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapgate serve} passes NICEPAY's inquiry-VA flow, run by {@code snapgate nicepay-flow} and the emulator. */
class ServeIT {

    private static final String SECRET = "serve-client-secret-canary-4d2";

    @TempDir
    Path dir;

    @Test
    void serve_passesNicepaysFlow_logsOneLinePerRequest_andStopsCleanly() throws Exception {
        Path bills = dir.resolve("bills.json");
        Files.writeString(bills, "[{\"virtualAccountNo\":\"8808123456\",\"virtualAccountName\":\"Budi Santoso\","
                + "\"totalAmount\":\"50000.00\"},{\"virtualAccountNo\":\"8808000002\",\"virtualAccountName\":\"Siti\","
                + "\"totalAmount\":{\"value\":\"1000.00\",\"currency\":\"IDR\"}}]");
        PipedInputStream outPipe = new PipedInputStream(64 * 1024);
        PrintStream out = new PrintStream(new PipedOutputStream(outPipe), true, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread server = new Thread(() -> exit.set(SnapgateCli.run(new String[] {"serve", "--port", "0",
            "--nicepay-public-key", Fixtures.file("keys/rsa2048.public.pem").toString(), "--client-key", "IONPAYTEST",
            "--client-secret-env", "CS", "--bills", bills.toString(), "--metrics-port", "0"}, out, new PrintStream(err, true,
                    StandardCharsets.UTF_8), Map.of("CS", SECRET))));
        server.start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(outPipe, StandardCharsets.UTF_8));
        String first = lines.readLine(); // blocks until serve prints that it listens
        assertThat(first).startsWith("snapgate serve listening on http://127.0.0.1:").contains("2 open bills");
        String url = first.substring(first.indexOf("http://")).split(" ")[0];
        StringBuilder printed = new StringBuilder(first);
        for (int i = 0; i < 8; i++) {
            printed.append('\n').append(lines.readLine());
        }
        assertThat(printed).contains("notification: POST " + url + "/notify")
                .contains("QRIS:         POST " + url + "/api/v1.0/qr/qr-mpm-notify")
                .contains("payout:       POST " + url + "/api/v1.0/transfer/notify");
        String metricsUrl = printed.substring(printed.indexOf("metrics:      GET  ") + 19).split(" ")[0];
        assertThat(metricsUrl).startsWith("http://127.0.0.1:").endsWith("/metrics").doesNotStartWith(url);

        CliRun flow = CliRun.of(Map.of("CS", SECRET), "nicepay-flow", "--merchant", url, "--nicepay-private-key",
                Fixtures.file("keys/rsa2048.pkcs8.pem").toString(), "--client-key", "IONPAYTEST",
                "--client-secret-env", "CS", "--virtual-account-no", "8808123456");
        // one key signs token requests and notifications here (serve is given no --notification-public-key): a
        // signed header tuple is good once, so each of these signs with its own second, within the window
        NicepayFlow nicepay = new NicepayFlow(URI.create(url), ClientKey.of("IONPAYTEST"),
                Fixtures.rsa2048().signer(), Secret.of(SECRET),
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-2)));
        NicepayFlow notifier = new NicepayFlow(URI.create(url), ClientKey.of("IONPAYTEST"),
                Fixtures.rsa2048().signer(), Secret.of(SECRET),
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-4)));
        Secret token = Secret.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree(nicepay.token().body())
                .get("accessToken").asText());
        NicepayFlow.Step paidAgain = nicepay.payment(token, "", "", "8808123456", Amount.idr("50000.00"));
        NicepayFlow.Step wrongAmount = nicepay.payment(token, "", "", "8808000002", Amount.idr("999.00"));
        NicepayFlow.Step notified = notifier.notify("/notify", Map.of("virtualAccountNo", "8808000002",
                "trxId", "ORDER-2"));
        CliRun impostor = CliRun.of(Map.of("CS", SECRET), "nicepay-flow", "--merchant", url, "--nicepay-private-key",
                Fixtures.file("keys/other2048.pkcs8.pem").toString(), "--client-key", "IONPAYTEST",
                "--client-secret-env", "CS", "--virtual-account-no", "8808000002");

        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> scraped = http.send(java.net.http.HttpRequest.newBuilder(
                URI.create(metricsUrl)).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        // item 12: never on NICEPAY's listener, and only the exact path
        int onNicepaysListener = http.send(java.net.http.HttpRequest.newBuilder(URI.create(url + "/metrics")).GET()
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        int prefixOnly = http.send(java.net.http.HttpRequest.newBuilder(URI.create(metricsUrl + "XYZ")).GET()
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();

        server.interrupt();
        server.join(10_000);

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(onNicepaysListener).isEqualTo(404);
        assertThat(prefixOnly).isEqualTo(404);
        assertThat(scraped.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("text/plain"));
        assertThat(scraped.body()).contains("snapgate_inbound_requests_seconds_count{code=\"2002400\","
                + "endpoint=\"inquiry\",outcome=\"accepted\"} 1")
                .contains("endpoint=\"token\",outcome=\"rejected\"")
                .doesNotContain(SECRET).doesNotContain(token.reveal());

        assertThat(flow.exit()).as(flow.err()).isZero();
        assertThat(flow.out()).contains("token: HTTP 200 2007300").contains("inquiry: HTTP 200 2002400")
                .contains("payment: HTTP 200 2002500");
        assertThat(paidAgain.responseCode()).isEqualTo("4042513");
        assertThat(wrongAmount.responseCode()).isEqualTo("4002501");
        assertThat(notified.responseCode()).isEqualTo("2002500");
        assertThat(impostor.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(impostor.out()).contains("token: HTTP 401 4017300");
        assertThat(server.isAlive()).isFalse();
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).hasValue(0);
        String log = err.toString(StandardCharsets.UTF_8);
        // one line per request: the flow's 3, a token, 2 payments, a notification, the impostor's token, and the
        // GET /metrics that reached NICEPAY's listener (an unknown path there)
        assertThat(log.lines().filter(l -> l.contains(" -> "))).hasSize(9);
        assertThat(log).contains("POST inquiry -> 200 2002400").contains("POST payment -> 404 4042513")
                .contains("notification received: VA paid, trxId ORDER-2").contains("snapgate serve: stopping")
                .doesNotContain(SECRET).doesNotContain(token.reveal());
    }
}
