package dev.snapgate.boottest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.api.VaCreateRequest;
import dev.snapgate.api.VirtualAccount;
import dev.snapgate.api.VirtualAccounts;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.signing.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Boot 4 application started as a platform starts it (SpringApplication, a random port), on Boot 4's own
 * dependency versions, its merchant pointed at the emulator: a typed call through the auto-configured family, and
 * snapgate's meters on Boot's Prometheus endpoint.
 */
class PaymentsApplicationTests {

    private static final String SECRET = "boot4-client-secret-canary";

    /** NICEPAY's two public keys of this emulator run, as files (application properties take resources). */
    private static final class Keys implements AutoCloseable {
        final java.nio.file.Path transaction;
        final java.nio.file.Path notification;

        Keys(SnapEmulator nicepay) throws java.io.IOException {
            transaction = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("nicepay", ".pub"),
                    nicepay.transactionPublicKeyPem());
            notification = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("notify", ".pub"),
                    nicepay.notificationPublicKeyPem());
        }

        @Override
        public void close() throws java.io.IOException {
            java.nio.file.Files.deleteIfExists(transaction);
            java.nio.file.Files.deleteIfExists(notification);
        }
    }

    @Test
    void aTypedCall_nicepaysFlow_andSnapgatesMetersOnBootsPrometheusEndpoint() throws Exception {
        try (SnapEmulator nicepay = SnapEmulator.builder().client(ClientKey.of("IONPAYTEST"),
                Fixtures.rsa2048Public(), Secret.of(SECRET)).start();
                Keys keys = new Keys(nicepay);
                ConfigurableApplicationContext app = SpringApplication.run(PaymentsApplication.class,
                        "--server.port=0", "--server.address=127.0.0.1", "--snapgate.environment=custom",
                        "--snapgate.base-url=" + nicepay.baseUrl(),
                        "--snapgate.merchants[0].client-key=IONPAYTEST",
                        "--snapgate.merchants[0].private-key=file:" + Fixtures.file("keys/rsa2048.pkcs8.pem"),
                        "--snapgate.merchants[0].client-secret=" + SECRET, "--snapgate.inbound.enabled=true",
                        "--snapgate.inbound.client-key=IONPAYTEST", "--snapgate.inbound.client-secret=" + SECRET,
                        "--snapgate.inbound.nicepay-public-key=file:" + keys.transaction,
                        "--snapgate.inbound.notification-public-key=file:" + keys.notification)) {
            VirtualAccount va = app.getBean(VirtualAccounts.class).create(VaCreateRequest.of("BOOT4-ORDER-1",
                    "Budi", Amount.idr("10000.00"), "BMRI"));
            assertThat(va.virtualAccountNo()).isNotBlank();

            String port = app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> prometheus = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

            app.getBean(BillBook.class).open(new dev.snapgate.domain.inbound.Bill("8808123456", "Budi Santoso",
                    Amount.idr("50000.00")));
            dev.snapgate.emulator.NicepayFlow flow = nicepay.nicepayFlow(URI.create("http://127.0.0.1:" + port
                    + "/nicepay"), ClientKey.of("IONPAYTEST"), Secret.of(SECRET));
            assertThat(flow.run("   88081", "23456", "8808123456", java.util.Optional.empty()))
                    .extracting(dev.snapgate.emulator.NicepayFlow.Step::responseCode)
                    .containsExactly("2007300", "2002400", "2002500");
            prometheus = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(prometheus.statusCode()).isEqualTo(200);
            assertThat(prometheus.body()).contains("snapgate_inbound_requests_seconds_count");
            assertThat(prometheus.body()).contains("snapgate_service_calls_seconds_count")
                    .contains("service=\"VA_CREATE\"").contains("snapgate_token_requests_seconds_count")
                    .doesNotContain(SECRET);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"snapgate\"")
                .contains("\"circuitBreaker\":\"CLOSED\"").contains("\"lastServiceCall\":\"success 2002700\"")
                .doesNotContain(SECRET);
        }
    }
}
