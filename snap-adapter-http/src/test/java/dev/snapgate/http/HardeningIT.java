package dev.snapgate.http;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.MutableClock;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.error.SnapMalformedResponseException;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.domain.token.CachingTokenIssuer;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regressions from the hardening review (issue 11): deadlines, duplicate keys, throttling, bad tokens. */
class HardeningIT extends WireMockFixture {

    /** Hang guard only: every case below must end far sooner, on its own deadline. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private final MutableClock clock = MutableClock.ticking(Instant.parse("2024-12-31T03:11:40Z"),
            Duration.ofSeconds(1));

    private UpstreamWiring upstream(ResilienceSettings resilience, Merchants merchants) {
        return UpstreamWiring.create(http(), resilience, merchants, clock);
    }

    private ServiceCaller caller(UpstreamWiring upstream) {
        return upstream.serviceCaller(new CachingTokenIssuer(upstream.tokenIssuer(), clock));
    }

    private static Merchants withSecret(ClientKey... keys) {
        return Merchants.of(java.util.Arrays.stream(keys).map(k -> Merchant.of(k, Fixtures.rsa2048().signer(),
                new HmacSha512Signer(Secret.of("hardening-secret")))).toArray(Merchant[]::new));
    }

    private UpstreamWiring stalling(StallingServer upstream, ResilienceSettings resilience, Merchants merchants) {
        // a deadline of 300 + 500 ms per attempt, whole body included
        return UpstreamWiring.create(HttpSettings.of(upstream.baseUrl()).withTimeouts(Duration.ofMillis(300),
                Duration.ofMillis(500)), resilience, merchants, clock);
    }

    /** A token the cache already holds, so service calls reach the stalling server directly. */
    private ServiceCaller callerWithCachedToken(UpstreamWiring upstream) {
        Instant now = clock.instant();
        AccessToken token = new AccessToken(Secret.of(CANARY_TOKEN), "Bearer", now, now.plusSeconds(900));
        return upstream.serviceCaller(new CachingTokenIssuer(client -> token, clock));
    }

    @Test
    void aTokenAnswerWhoseBodyStalls_timesOutAndIsRetried() throws Exception {
        try (StallingServer upstream = new StallingServer(1, tokenJson(CANARY_TOKEN, "\"900\""))) {
            AccessToken token = assertTimeoutPreemptively(HANG_GUARD,
                    () -> stalling(upstream, fastRetries(), merchants()).tokenIssuer().issue(CLIENT));

            assertThat(token.value().reveal()).isEqualTo(CANARY_TOKEN);
            assertThat(upstream.requests()).isEqualTo(2);
        }
    }

    @Test
    void aStalledBodyWithoutRetries_isATimeout() throws Exception {
        try (StallingServer upstream = new StallingServer(1, tokenJson(CANARY_TOKEN, "\"900\""))) {
            assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD,
                    () -> stalling(upstream, fastRetries().withMaxAttempts(1), merchants()).tokenIssuer()
                            .issue(CLIENT)))
                    .isInstanceOfSatisfying(SnapUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(SnapUnavailableException.Reason.TIMEOUT))
                    .hasMessageContaining("body included");
            assertThat(upstream.requests()).isEqualTo(1);
        }
    }

    @Test
    void aPaymentWhoseAnswerStalls_isOutcomeUnknown_andSentOnce() throws Exception {
        try (StallingServer upstream = new StallingServer(1, "{\"responseCode\":\"2005400\"}")) {
            ServiceCaller caller = callerWithCachedToken(stalling(upstream, fastRetries(), withSecret(CLIENT)));

            assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD, () -> caller.call(ServiceRequest.of(
                    SnapService.EWALLET_PAYMENT, CLIENT, Map.of("partnerReferenceNo", "ORD-STALL")))))
                    .isInstanceOf(SnapOutcomeUnknownException.class)
                    .hasMessageContaining("ORD-STALL");
            assertThat(upstream.requests()).isEqualTo(1);
        }
    }

    @Test
    void anInquiryWhoseAnswerStalls_isRetried() throws Exception {
        try (StallingServer upstream = new StallingServer(1, "{\"responseCode\":\"2002600\"}")) {
            ServiceCaller caller = callerWithCachedToken(stalling(upstream, fastRetries(), withSecret(CLIENT)));

            assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> caller.call(ServiceRequest.of(SnapService.VA_STATUS,
                    CLIENT, Map.of("trxId", "ORD-1")))).responseCode().value()).isEqualTo("2002600");
            assertThat(upstream.requests()).isEqualTo(2);
        }
    }

    @Test
    void everyWaiterOnAStalledRefresh_endsToo() throws Exception {
        try (StallingServer upstream = new StallingServer(Integer.MAX_VALUE, tokenJson(CANARY_TOKEN, "\"900\""))) {
            CachingTokenIssuer cache = new CachingTokenIssuer(stalling(upstream, fastRetries().withMaxAttempts(1),
                    merchants()).tokenIssuer(), clock);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                java.util.List<java.util.concurrent.Future<AccessToken>> calls = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    calls.add(pool.submit(() -> cache.issue(CLIENT)));
                }
                for (var call : calls) {
                    assertThatThrownBy(() -> call.get(HANG_GUARD.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
                            .hasCauseInstanceOf(SnapUnavailableException.class);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(upstream.requests()).isBetween(1, 8);
        }
    }

    @Test
    void duplicateKeysInAnAnswer_makeItMalformed_notALastOneWinsSuccess() {
        stubTokenSequence(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                .withBody("{\"responseCode\":\"5007300\",\"accessToken\":\"" + CANARY_TOKEN + "\",\"tokenType\":"
                        + "\"Bearer\",\"expiresIn\":\"900\",\"responseCode\":\"2007300\"}"));

        assertThatThrownBy(() -> upstream(fastRetries(), merchants()).tokenIssuer().issue(CLIENT))
                .isInstanceOf(SnapMalformedResponseException.class)
                .hasMessageContaining("duplicate key");
    }

    @Test
    void duplicateKeysInAPaymentAnswer_makeTheOutcomeUnknown() {
        stubTokenSequence(ok());
        SnapService payment = SnapService.EWALLET_PAYMENT;
        server.stubFor(any(urlEqualTo(payment.path())).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                .aResponse().withStatus(200).withBody("{\"responseCode\":\"5005400\",\"responseMessage\":\"x\","
                        + "\"responseCode\":\"2005400\"}")));
        ServiceCaller caller = caller(upstream(fastRetries(), withSecret(CLIENT)));

        assertThatThrownBy(() -> caller.call(ServiceRequest.of(payment, CLIENT, Map.of("partnerReferenceNo", "O-2"))))
                .isInstanceOf(SnapOutcomeUnknownException.class);
    }

    @Test
    void oneMerchantsThrottling_neverOpensTheBreakerForAnother() {
        ClientKey other = ClientKey.of("OTHERMERCHANT");
        UpstreamWiring shared = upstream(fastRetries().toBuilder().slidingWindowSize(4).minimumCalls(4)
                .halfOpenCalls(1).build(),
                withSecret(CLIENT, other));
        ServiceCaller caller = caller(shared);
        stubTokenSequence(ok());
        SnapService status = SnapService.VA_STATUS;
        server.stubFor(any(urlEqualTo(status.path())).withHeader("X-PARTNER-ID",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(CLIENT.value()))
                .willReturn(snap(429, "4292600", "Too Many Requests")));
        server.stubFor(any(urlEqualTo(status.path())).withHeader("X-PARTNER-ID",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(other.value()))
                .willReturn(snap(200, "2002600", "Successful")));

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> caller.call(ServiceRequest.of(status, CLIENT, Map.of("trxId", "T"))))
                    .isInstanceOfSatisfying(SnapUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(SnapUnavailableException.Reason.THROTTLED));
        }

        assertThat(caller.call(ServiceRequest.of(status, other, Map.of("trxId", "T"))).responseCode().value())
                .isEqualTo("2002600");
        assertThat(shared.tokenIssuer().circuitState()).isEqualTo("CLOSED");
    }

    @ParameterizedTest(name = "token with {0}")
    @ValueSource(strings = {"tab\\u0009inside", "space inside", "newline\\ninside", "nul\\u0000inside",
            "non-ascii-\\u00e9"})
    void aTokenWithWhitespaceOrControlCharacters_isMalformed_andNeverShown(String shape) {
        String secretPart = "SECRETPART9f3";
        stubTokenSequence(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(tokenJson(secretPart + shape, "\"900\"")));

        assertThatThrownBy(() -> upstream(fastRetries(), merchants()).tokenIssuer().issue(CLIENT))
                .isInstanceOf(SnapMalformedResponseException.class)
                .hasMessageContaining("accessToken contains")
                .hasMessageNotContaining(secretPart);
    }

    @Test
    void theJdkAllMethodRetryProperty_refusesToStart() {
        System.setProperty(JdkDeadlineClient.ALL_METHOD_RETRY, "true");
        try {
            assertThatThrownBy(() -> upstream(fastRetries(), merchants()))
                    .isInstanceOf(SnapConfigurationException.class)
                    .hasMessageContaining(JdkDeadlineClient.ALL_METHOD_RETRY)
                    .hasMessageContaining("twice");
        } finally {
            System.clearProperty(JdkDeadlineClient.ALL_METHOD_RETRY);
        }
        assertThat(upstream(fastRetries(), merchants())).isNotNull(); // and without it, it starts
    }

    @Test
    void aSlowTokenAnswer_neverStretchesTheTokensLifetime() {
        stubTokenSequence(ok().withFixedDelay(2_000));
        Instant before = Instant.now();

        AccessToken token = UpstreamWiring.create(HttpSettings.of(baseUrl()).withTimeouts(Duration.ofSeconds(2),
                Duration.ofSeconds(10)), fastRetries(), merchants(), java.time.Clock.systemUTC()).tokenIssuer()
                .issue(CLIENT);

        // the server started the 900 s when the request arrived: counting from the answer's arrival would add the
        // 2 s the answer took (a starved thread can add more), and the token would be used after it expired
        assertThat(token.expiresAt()).isBefore(before.plusSeconds(900).plusMillis(1_500));
    }
}
