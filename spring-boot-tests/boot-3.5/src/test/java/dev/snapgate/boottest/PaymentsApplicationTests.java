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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Boot application started on a random port with Boot's own dependency versions, its merchant pointed at the
 * emulator: a typed call through the auto-configured family, and snapgate's meters on Boot's Prometheus endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability
class PaymentsApplicationTests {

    private static final String SECRET = "boot-client-secret-canary";
    private static final SnapEmulator NICEPAY = SnapEmulator.builder().client(ClientKey.of("IONPAYTEST"),
            Fixtures.rsa2048Public(), Secret.of(SECRET)).start();
    private static final java.nio.file.Path NICEPAY_KEY = pem(NICEPAY.transactionPublicKeyPem());
    private static final java.nio.file.Path NOTIFICATION_KEY = pem(NICEPAY.notificationPublicKeyPem());

    private static java.nio.file.Path pem(String text) {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("nicepay", ".pub");
            f.toFile().deleteOnExit();
            return java.nio.file.Files.writeString(f, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void nicepay(DynamicPropertyRegistry registry) {
        registry.add("snapgate.environment", () -> "custom");
        registry.add("snapgate.base-url", () -> NICEPAY.baseUrl().toString());
        // a list comes whole from one property source: every field of the merchant is given here
        registry.add("snapgate.merchants[0].client-key", () -> "IONPAYTEST");
        registry.add("snapgate.merchants[0].private-key", () -> "file:" + Fixtures.file("keys/rsa2048.pkcs8.pem"));
        registry.add("snapgate.merchants[0].client-secret", () -> SECRET);
        registry.add("snapgate.inbound.enabled", () -> "true");
        registry.add("snapgate.inbound.client-key", () -> "IONPAYTEST");
        registry.add("snapgate.inbound.client-secret", () -> SECRET);
        registry.add("snapgate.inbound.nicepay-public-key", () -> "file:" + NICEPAY_KEY);
        registry.add("snapgate.inbound.notification-public-key", () -> "file:" + NOTIFICATION_KEY);
    }

    @AfterAll
    static void stop() {
        NICEPAY.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    VirtualAccounts virtualAccounts;

    @Autowired
    BillBook bills;

    @Test
    void nicepaysInquiryVaFlow_reachesThePlatformsBills_throughTheAutoConfiguredServlet() throws Exception {
        bills.open(new dev.snapgate.domain.inbound.Bill("8808123456", "Budi Santoso", Amount.idr("50000.00")));
        dev.snapgate.emulator.NicepayFlow flow = NICEPAY.nicepayFlow(URI.create("http://127.0.0.1:" + port
                + "/nicepay"), ClientKey.of("IONPAYTEST"), Secret.of(SECRET));

        assertThat(flow.run("   88081", "23456", "8808123456", java.util.Optional.empty()))
                .extracting(dev.snapgate.emulator.NicepayFlow.Step::responseCode)
                .containsExactly("2007300", "2002400", "2002500");
        assertThat(bills.find(new dev.snapgate.domain.inbound.VaInquiry("", "", "8808123456", "1", "BMRI",
                java.util.Map.of())).bill()).isEmpty(); // paid: gone from the book
        HttpResponse<String> prometheus = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(prometheus.body()).contains("snapgate_inbound_requests_seconds_count");
    }

    @Test
    void aTypedCall_andSnapgatesMetersOnBootsPrometheusEndpoint() throws Exception {
        VirtualAccount va = virtualAccounts.create(VaCreateRequest.of("BOOT-ORDER-1", "Budi", Amount.idr("10000.00"),
                "BMRI"));
        assertThat(va.virtualAccountNo()).isNotBlank();

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> prometheus = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("snapgate_service_calls_seconds_count")
                .contains("service=\"VA_CREATE\"").contains("snapgate_token_requests_seconds_count")
                .doesNotContain(SECRET);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"snapgate\"")
                .contains("\"circuitBreaker\":\"CLOSED\"").contains("\"lastServiceCall\":\"success 2002700\"")
                .doesNotContain(SECRET);
    }
}
