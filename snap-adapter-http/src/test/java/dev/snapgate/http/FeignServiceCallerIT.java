package dev.snapgate.http;

import dev.snapgate.domain.MutableClock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed service calls against WireMock: exact bytes and headers, re-authentication, no blind re-sends. */
class FeignServiceCallerIT extends WireMockFixture {

    private static final Secret CLIENT_SECRET = Secret.of("service-caller-test-secret");
    private final MutableClock clock = MutableClock.ticking(Instant.parse("2024-12-31T03:11:40Z"), Duration.ofSeconds(1));
    private ServiceCaller caller;

    @BeforeEach
    void wire() {
        // the transport under test, with ad-hoc bodies: NICEPAY's field rules are off here (tested below and in
        // RequestRulesTest)
        caller = unvalidatedClient(fastRetries(), clock, Merchant.of(CLIENT, Fixtures.rsa2048().signer(),
                new HmacSha512Signer(CLIENT_SECRET))).serviceCaller();
        stubTokenSequence(ok());
    }

    private void stubService(SnapService service, ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i == answers.length - 1 ? state : "s-" + (i + 2);
            server.stubFor(any(urlEqualTo(service.path())).inScenario(service.name()).whenScenarioStateIs(state)
                    .willSetStateTo(next).willReturn(answers[i]));
            state = next;
        }
    }

    private List<LoggedRequest> serviceRequests(SnapService service) {
        return server.findAll(anyRequestedFor(urlEqualTo(service.path())));
    }

    private static ResponseDefinitionBuilder success(SnapService s) {
        return snap(200, "200" + s.code() + "00", "Successful");
    }

    private static void assertSignedCorrectly(LoggedRequest r, SnapService s, String token) {
        StringToSign sts = StringToSign.forServiceCall(s.method(), s.signedPath(), Secret.of(token), r.getBody(),
                SnapTimestamp.parse(r.getHeader("X-TIMESTAMP")));
        assertThat(new HmacSha512Signer(CLIENT_SECRET).verify(sts, Signature.parse(r.getHeader("X-SIGNATURE"))))
                .isTrue();
    }

    @Test
    void aCall_sendsCompactJsonWithStringsIntact_andEverySnapHeader() {
        stubService(SnapService.VA_CREATE, success(SnapService.VA_CREATE));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("virtualAccountName", "Budi  Santoso é 漢");
        body.put("totalAmount", Map.of("value", "10000.00"));
        body.put("n", new java.math.BigDecimal("10000.00"));

        ServiceResponse response = caller.call(ServiceRequest.of(SnapService.VA_CREATE, CLIENT, body));

        LoggedRequest r = serviceRequests(SnapService.VA_CREATE).get(0);
        assertThat(new String(r.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"virtualAccountName\":\"Budi  Santoso"
                + " é 漢\",\"totalAmount\":{\"value\":\"10000.00\"},\"n\":10000.00}");
        assertThat(r.getMethod().getName()).isEqualTo("POST");
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + CANARY_TOKEN);
        assertThat(r.getHeader("X-PARTNER-ID")).isEqualTo("IONPAYTEST");
        assertThat(r.getHeader("CHANNEL-ID")).isEqualTo("IONPAYTEST01");
        assertThat(r.getHeader("X-EXTERNAL-ID")).matches("\\d{36}").isEqualTo(response.externalId());
        assertThat(r.getHeader("X-TIMESTAMP")).matches("2024-12-31T10:1[12]:\\d\\d\\+07:00");
        assertSignedCorrectly(r, SnapService.VA_CREATE, CANARY_TOKEN);
        assertThat(response.responseCode().value()).isEqualTo("2002700");
    }

    @Test
    void numbersInTheAnswer_keepTheirScale() {
        stubService(SnapService.VA_STATUS, aResponse().withStatus(200).withBody("{\"responseCode\":\"2002600\","
                + "\"responseMessage\":\"Successful\",\"paidAmount\":{\"value\":10000.00,\"currency\":\"IDR\"},"
                + "\"unknownNewField\":1}"));

        ServiceResponse response = caller.call(ServiceRequest.of(SnapService.VA_STATUS, CLIENT, Map.of()));

        assertThat(((Map<?, ?>) response.body().get("paidAmount")).get("value"))
                .isEqualTo(new java.math.BigDecimal("10000.00"));
    }

    @Test
    void vaDelete_isADeleteCarryingItsJsonBody() {
        stubService(SnapService.VA_DELETE, success(SnapService.VA_DELETE));

        caller.call(ServiceRequest.of(SnapService.VA_DELETE, CLIENT, Map.of("trxId", "ORD-1")));

        LoggedRequest r = serviceRequests(SnapService.VA_DELETE).get(0);
        assertThat(r.getMethod().getName()).isEqualTo("DELETE");
        assertThat(r.getBodyAsString()).isEqualTo("{\"trxId\":\"ORD-1\"}");
        assertSignedCorrectly(r, SnapService.VA_DELETE, CANARY_TOKEN);
    }

    @Test
    void anInvalidToken_isRenewedOnce_andTheCallRepeatedWithTheSameExternalId() {
        server.resetAll();
        stubTokenSequence(ok(), aResponse().withStatus(200).withBody(tokenJson("second-token", "\"900\"")));
        stubService(SnapService.EWALLET_PAYMENT, snap(401, "4015401", "Invalid Token (B2B)"),
                success(SnapService.EWALLET_PAYMENT));

        caller.call(ServiceRequest.of(SnapService.EWALLET_PAYMENT, CLIENT, Map.of("partnerReferenceNo", "P-1"))
                .withExternalId("123456"));

        List<LoggedRequest> calls = serviceRequests(SnapService.EWALLET_PAYMENT);
        assertThat(tokenRequests()).hasSize(2);
        assertThat(calls).hasSize(2);
        assertThat(calls).extracting(c -> c.getHeader("X-EXTERNAL-ID")).containsOnly("123456");
        assertThat(calls.get(1).getHeader("Authorization")).isEqualTo("Bearer second-token");
        assertThat(calls.get(0).getHeader("X-TIMESTAMP")).isNotEqualTo(calls.get(1).getHeader("X-TIMESTAMP"));
        assertSignedCorrectly(calls.get(1), SnapService.EWALLET_PAYMENT, "second-token");
    }

    @Test
    void reauthenticationAfterARetriedInquiry_repeatsWithTheIdTheServerRefused_notAnAlreadyUsedOne() {
        server.resetAll();
        stubTokenSequence(ok(), aResponse().withStatus(200).withBody(tokenJson("second-token", "\"900\"")));
        stubService(SnapService.VA_STATUS, snap(503, "5032600", "down"), snap(401, "4012601", "Invalid Token (B2B)"),
                success(SnapService.VA_STATUS));

        caller.call(ServiceRequest.of(SnapService.VA_STATUS, CLIENT, Map.of("trxId", "ORD-5")));

        List<String> ids = serviceRequests(SnapService.VA_STATUS).stream().map(r -> r.getHeader("X-EXTERNAL-ID"))
                .toList();
        assertThat(ids).hasSize(3);
        assertThat(ids.get(1)).isNotEqualTo(ids.get(0)); // the retry after a 503 may not reuse a recorded ID
        assertThat(ids.get(2)).isEqualTo(ids.get(1)); // the repeat after 401XX01 carries the refused call's ID
        assertThat(tokenRequests()).hasSize(2);
    }

    @Test
    void aPaymentAnswered500_isOutcomeUnknown_andNeverResent() {
        stubService(SnapService.EWALLET_PAYMENT, snap(500, "5005400", "General Error"),
                success(SnapService.EWALLET_PAYMENT));

        assertThatThrownBy(() -> caller.call(ServiceRequest.of(SnapService.EWALLET_PAYMENT, CLIENT,
                Map.of("partnerReferenceNo", "P-42")).withExternalId("777")))
                .isInstanceOfSatisfying(SnapOutcomeUnknownException.class, e -> {
                    assertThat(e.externalId()).isEqualTo("777");
                    assertThat(e.partnerReferenceNo()).contains("P-42");
                    assertThat(e.getMessage()).contains("status inquiry").contains("777").contains("P-42");
                });
        assertThat(serviceRequests(SnapService.EWALLET_PAYMENT)).hasSize(1);
    }

    @Test
    void aRefundThatTimesOut_isOutcomeUnknown_andNeverResent() {
        stubService(SnapService.EWALLET_REFUND, success(SnapService.EWALLET_REFUND).withFixedDelay(1500));

        assertThatThrownBy(() -> caller.call(ServiceRequest.of(SnapService.EWALLET_REFUND, CLIENT, Map.of())))
                .isInstanceOf(SnapOutcomeUnknownException.class).hasMessageContaining("TIMEOUT");
        assertThat(serviceRequests(SnapService.EWALLET_REFUND)).hasSize(1);
    }

    @Test
    void aQrisGenerateWhoseConnectionDrops_isOutcomeUnknown() {
        stubService(SnapService.QRIS_GENERATE, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThatThrownBy(() -> caller.call(ServiceRequest.of(SnapService.QRIS_GENERATE, CLIENT, Map.of())))
                .isInstanceOf(SnapOutcomeUnknownException.class);
        assertThat(serviceRequests(SnapService.QRIS_GENERATE)).hasSize(1);
    }

    @Test
    void aThrottledPayment_wasNotProcessed_soItIsUnavailableNotUnknown() {
        stubService(SnapService.EWALLET_PAYMENT, snap(429, "4295400", "Too Many Requests"));

        assertThatThrownBy(() -> caller.call(ServiceRequest.of(SnapService.EWALLET_PAYMENT, CLIENT, Map.of())))
                .isInstanceOf(SnapUnavailableException.class);
        assertThat(serviceRequests(SnapService.EWALLET_PAYMENT)).hasSize(1);
    }

    @Test
    void aStatusInquiry_isRetriedLikeTheTokenCall() {
        stubService(SnapService.VA_STATUS, snap(503, "5032600", "x"), aResponse().withFault(Fault.EMPTY_RESPONSE),
                success(SnapService.VA_STATUS));

        caller.call(ServiceRequest.of(SnapService.VA_STATUS, CLIENT, Map.of("trxId", "ORD-1")));

        List<LoggedRequest> calls = serviceRequests(SnapService.VA_STATUS);
        assertThat(calls).hasSize(3);
        assertThat(calls).extracting(c -> c.getHeader("X-EXTERNAL-ID")).doesNotHaveDuplicates().hasSize(3)
                .allMatch(id -> id.matches("\\d{36}"));
        assertThat(calls).extracting(c -> c.getHeader("X-TIMESTAMP")).doesNotHaveDuplicates();
    }

    @Test
    void aTokenEndpointThatIsDown_duringAnInquiry_isTriedOnlyByTheTokenRetries_notMultiplied() {
        server.resetAll();
        stubTokenSequence(snap(503, "5037300", "down"));
        stubService(SnapService.VA_STATUS, success(SnapService.VA_STATUS));

        assertThatThrownBy(() -> caller.call(ServiceRequest.of(SnapService.VA_STATUS, CLIENT, Map.of())))
                .isInstanceOf(SnapUnavailableException.class);
        assertThat(tokenRequests()).hasSize(3); // the token call's own 3 attempts, not 3 x 3
        assertThat(serviceRequests(SnapService.VA_STATUS)).isEmpty();
    }

    @Test
    void aMerchantWithoutClientSecret_getsAConfigurationErrorAndNothingIsSent() {
        ServiceCaller noSecret = unvalidatedClient(fastRetries(), clock, Merchant.tokenOnly(ClientKey.of("TOKENONLY"),
                Fixtures.rsa2048().signer())).serviceCaller();

        assertThatThrownBy(() -> noSecret.call(ServiceRequest.of(SnapService.VA_STATUS, ClientKey.of("TOKENONLY"),
                Map.of()))).isInstanceOf(SnapConfigurationException.class).hasMessageContaining("client secret");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aBodyThatBreaksNicepaysFieldRules_isRefusedBeforeSigning_andNothingIsSent() {
        ServiceCaller validating = client(fastRetries(), clock, Merchant.of(CLIENT, Fixtures.rsa2048().signer(),
                new HmacSha512Signer(CLIENT_SECRET))).serviceCaller();
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("partnerReferenceNo", "P-1");
        body.put("merchantId", "IONPAYTEST");
        body.put("amount", Map.of("value", "10000", "currency", "IDR"));

        assertThatThrownBy(() -> validating.call(ServiceRequest.of(SnapService.EWALLET_PAYMENT, CLIENT, body)))
                .isInstanceOfSatisfying(dev.snapgate.domain.error.SnapInvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("amount.value");
                    assertThat(e.rule()).isEqualTo(dev.snapgate.domain.error.SnapInvalidRequestException.Rule.AMOUNT);
                    assertThat(e.getMessage()).contains("exactly two decimals").contains("5 characters");
                });
        assertThat(server.getAllServeEvents()).isEmpty(); // not even a token was requested
    }

    @Test
    void aCallsOwnChannelId_replacesTheMerchantsOnThatCallOnly() {
        stubService(SnapService.VA_STATUS, success(SnapService.VA_STATUS));
        ServiceRequest inquiry = ServiceRequest.of(SnapService.VA_STATUS, CLIENT, Map.of("trxId", "T1"));

        caller.call(inquiry.withChannelId("MOBILE-APP-7"));
        caller.call(inquiry);

        assertThat(serviceRequests(SnapService.VA_STATUS)).extracting(r -> r.getHeader("CHANNEL-ID"))
                .containsExactly("MOBILE-APP-7", CLIENT.value() + "01");
        assertThatThrownBy(() -> inquiry.withChannelId("two words")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("visible ASCII");
    }

    @Test
    void aCallsOwnDeadline_shortensTheAttempt_andAMoneyCallCutShortIsAnUnknownOutcome() {
        // answered after 250 ms: well within the client's 700 ms read timeout, beyond the call's own 60 ms
        stubService(SnapService.VA_CREATE, success(SnapService.VA_CREATE).withFixedDelay(250));
        ServiceRequest create = ServiceRequest.of(SnapService.VA_CREATE, CLIENT, Map.of("trxId", "T2"));

        assertThat(caller.call(create).responseCode().isSuccess()).as("without a deadline of its own").isTrue();
        assertThatThrownBy(() -> caller.call(create.withDeadline(Duration.ofMillis(60))))
                .isInstanceOfSatisfying(SnapOutcomeUnknownException.class, e -> assertThat(e.getCause())
                        .isInstanceOfSatisfying(SnapUnavailableException.class,
                                u -> assertThat(u.reason()).isEqualTo(SnapUnavailableException.Reason.TIMEOUT)));
        assertThat(serviceRequests(SnapService.VA_CREATE)).hasSize(2);
        assertThatThrownBy(() -> create.withDeadline(Duration.ofMinutes(11)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 10 minutes");
    }

    @Test
    void aCallsOwnDeadline_stopsRetries() {
        stubService(SnapService.VA_STATUS, snap(500, "5002600", "General Error").withFixedDelay(300));
        ServiceCaller patient = unvalidatedClient(fastRetries().withMaxAttempts(6), clock, Merchant.of(CLIENT,
                Fixtures.rsa2048().signer(), new HmacSha512Signer(CLIENT_SECRET))).serviceCaller();
        ServiceRequest inquiry = ServiceRequest.of(SnapService.VA_STATUS, CLIENT, Map.of("trxId", "T3"))
                .withDeadline(Duration.ofMillis(450));

        assertThatThrownBy(() -> patient.call(inquiry)).isInstanceOf(SnapUnavailableException.class);
        assertThat(serviceRequests(SnapService.VA_STATUS)).as("6 attempts allowed, the deadline ends them")
                .hasSizeBetween(1, 2);
    }

    @Test
    void aDeadlineSpentBeforeTheFirstAttempt_sendsNothing_andSaysSo() {
        stubTokenSequence(ok().withFixedDelay(250)); // a slow token refresh eats the call's whole deadline
        stubService(SnapService.VA_CREATE, success(SnapService.VA_CREATE));
        SnapClient fresh = unvalidatedClient(fastRetries(), clock, Merchant.of(CLIENT, Fixtures.rsa2048().signer(),
                new HmacSha512Signer(CLIENT_SECRET)));
        ServiceRequest create = ServiceRequest.of(SnapService.VA_CREATE, CLIENT, Map.of("trxId", "T4"))
                .withDeadline(Duration.ofMillis(50));

        assertThatThrownBy(() -> fresh.call(create)).isInstanceOfSatisfying(SnapUnavailableException.class, e -> {
            assertThat(e.reason()).isEqualTo(SnapUnavailableException.Reason.TIMEOUT);
            assertThat(e.getMessage()).contains("no request was sent");
        });
        assertThat(serviceRequests(SnapService.VA_CREATE)).isEmpty();
    }
}
