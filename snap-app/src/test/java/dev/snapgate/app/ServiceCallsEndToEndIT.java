package dev.snapgate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.emulator.RecordedRequest;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.http.ResilienceSettings;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PemKeyLoader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** snapgate's own client against snapgate's own emulator: every catalogue entry, re-auth, no blind re-sends. */
class ServiceCallsEndToEndIT {

    private static final ClientKey A = ClientKey.of("MERCHANT_A");
    private static final ClientKey B = ClientKey.of("MERCHANT_B");
    private static final Secret SECRET_A = Secret.of("secret-of-merchant-a");
    private static final Secret SECRET_B = Secret.of("secret-of-merchant-b");

    private SnapEmulator emulator;
    private SnapClient client;
    private TokenIssuer tokens;
    private ServiceCaller caller;

    @BeforeEach
    void start() {
        var otherKey = PemKeyLoader.load(Fixtures.file("keys/other2048.pkcs8.pem"), Optional.empty());
        emulator = SnapEmulator.builder()
                .client(A, Fixtures.rsa2048Public(), SECRET_A)
                .client(B, dev.snapgate.signing.RsaSha256Verifier.of(otherKey), SECRET_B)
                .start();
        client = SnapClient.builder()
                .baseUrl(emulator.baseUrl())
                .merchant(Merchant.of(A, Fixtures.rsa2048().signer(), new HmacSha512Signer(SECRET_A)))
                .merchant(Merchant.of(B, otherKey.signer(), new HmacSha512Signer(SECRET_B)))
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofMillis(800))
                .resilience(ResilienceSettings.DEFAULTS.withBackoff(Duration.ofMillis(10), Duration.ofMillis(50)))
                .build();
        tokens = client.tokenIssuer();
        caller = client.serviceCaller();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** A stateless call's body carrying {@code ref} (balance inquiry: always answerable). */
    private static Map<String, Object> body(String ref) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accountNo", ref);
        m.put("additionalInfo", Map.of());
        return m;
    }

    private static Map<String, Object> example(SnapService service) {
        return dev.snapgate.api.internal.Examples.of(service).toBody();
    }

    private static Map<String, Object> payment(String partnerReferenceNo) {
        Map<String, Object> m = example(SnapService.EWALLET_PAYMENT);
        m.put("partnerReferenceNo", partnerReferenceNo);
        return m;
    }

    @ParameterizedTest
    @EnumSource(SnapService.class)
    void everyCatalogueEntry_succeedsEndToEnd(SnapService service) {
        Map<SnapService, ServiceResponse> created = new java.util.EnumMap<>(SnapService.class);
        for (SnapService create : List.of(SnapService.VA_CREATE, SnapService.EWALLET_PAYMENT, SnapService.QRIS_GENERATE,
                SnapService.PAYOUT_REGISTRATION)) {
            created.put(create, caller.call(ServiceRequest.of(create, A, example(create))));
        }
        emulator.settleEwallet("EWALLET-0001");
        emulator.payQris("QRIS-0001");
        Map<String, Object> body = example(service);
        if (service == SnapService.QRIS_REFUND) {
            body.put("originalReferenceNo", created.get(SnapService.QRIS_GENERATE).body().get("referenceNo"));
        } else if (service.name().startsWith("PAYOUT_") && service != SnapService.PAYOUT_REGISTRATION) {
            body.put("originalReferenceNo", created.get(SnapService.PAYOUT_REGISTRATION).body()
                    .get("originalReferenceNo"));
        }

        ServiceResponse response = created.containsKey(service) ? created.get(service)
                : caller.call(ServiceRequest.of(service, A, body));

        assertThat(response.responseCode().value()).isEqualTo("200" + service.code() + "00");
        List<RecordedRequest> sent = emulator.journal().serviceRequests(service);
        RecordedRequest last = sent.get(sent.size() - 1);
        assertThat(last.method()).isEqualTo(service.method());
        assertThat(last.header("x-external-id")).isEqualTo(response.externalId());
    }

    @Test
    void aBodyWithSpacesAndNonAscii_isSentAsCompactUtf8_andItsSignatureVerifies() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("trxId", "SPACES");
        body.put("virtualAccountName", "Siti  Nurhaliza – café 日本");
        body.put("totalAmount", dev.snapgate.domain.Amount.idr("10000.00").toWire());
        body.put("additionalInfo", Map.of("bankCd", "BMRI"));

        ServiceResponse created = caller.call(ServiceRequest.of(SnapService.VA_CREATE, A, body));

        assertThat(created.responseCode().value()).isEqualTo("2002700"); // the emulator verified the signature
        RecordedRequest sent = emulator.journal().serviceRequests(SnapService.VA_CREATE).get(0);
        assertThat(new String(sent.body(), StandardCharsets.UTF_8)).isEqualTo("{\"trxId\":\"SPACES\","
                + "\"virtualAccountName\":\"Siti  Nurhaliza – café 日本\",\"totalAmount\":{\"value\":\"10000.00\","
                + "\"currency\":\"IDR\"},\"additionalInfo\":{\"bankCd\":\"BMRI\"}}");
    }

    @Test
    void aTokenRevokedMidRun_costsOneExtraTokenCall_thenSucceeds() {
        caller.call(ServiceRequest.of(SnapService.BALANCE_INQUIRY, A, body("1")));
        assertThat(emulator.journal().tokenRequests()).hasSize(1);

        emulator.revokeAllTokens();
        ServiceResponse after = caller.call(ServiceRequest.of(SnapService.EWALLET_PAYMENT, A, payment("2"))
                .withExternalId("900001"));

        assertThat(after.responseCode().value()).isEqualTo("2005400");
        assertThat(emulator.journal().tokenRequests()).hasSize(2);
        List<RecordedRequest> payments = emulator.journal().serviceRequests(SnapService.EWALLET_PAYMENT);
        assertThat(payments).hasSize(2);
        assertThat(payments).extracting(r -> r.header("x-external-id")).containsOnly("900001");
        assertThat(payments.get(0).header("authorization")).isNotEqualTo(payments.get(1).header("authorization"));
    }

    @Test
    void aPaymentUnderAnInjectedTimeout_isOutcomeUnknown_andTheEmulatorSawExactlyOne() {
        emulator.faults().service(SnapService.EWALLET_PAYMENT).next(1).delay(Duration.ofMillis(1500));

        assertThatThrownBy(() -> caller.call(ServiceRequest.of(SnapService.EWALLET_PAYMENT, A, payment("PAY-7"))))
                .isInstanceOfSatisfying(SnapOutcomeUnknownException.class,
                        e -> assertThat(e.partnerReferenceNo()).contains("PAY-7"));
        assertThat(emulator.journal().serviceRequests(SnapService.EWALLET_PAYMENT)).hasSize(1);
    }

    @Test
    void concurrentCallsFromTwoClients_neverMixKeysSecretsOrTokens() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<ServiceResponse>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                ClientKey client = i % 2 == 0 ? A : B;
                String ref = (client == A ? "A" : "B") + String.format("%09d", i); // accountNo: String(10)
                results.add(pool.submit(() -> caller.call(ServiceRequest.of(SnapService.BALANCE_INQUIRY, client,
                        body(ref)))));
            }
            for (Future<ServiceResponse> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS).responseCode().value()).isEqualTo("2001100");
            }
        } finally {
            pool.shutdownNow();
        }
        List<RecordedRequest> sent = emulator.journal().serviceRequests(SnapService.BALANCE_INQUIRY);
        assertThat(sent).hasSize(200);
        String tokenA = "Bearer " + tokens.issue(A).value().reveal();
        String tokenB = "Bearer " + tokens.issue(B).value().reveal();
        for (RecordedRequest r : sent) {
            boolean fromA = r.bodyText().contains("\"accountNo\":\"A");
            assertThat(r.header("x-partner-id")).isEqualTo(fromA ? "MERCHANT_A" : "MERCHANT_B");
            assertThat(r.header("authorization")).isEqualTo(fromA ? tokenA : tokenB);
        }
        assertThat(emulator.journal().tokenRequests()).hasSize(2);
    }
}
