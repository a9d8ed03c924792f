package dev.snapgate.http;

import dev.snapgate.domain.MutableClock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.error.SnapRejectedException;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.error.SnapUnauthorizedException;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.Merchant;
import dev.snapgate.signing.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Retries, the circuit breaker, single flight and log hygiene, against WireMock. */
class ResilientTokenIssuerIT extends WireMockFixture {

    private final MutableClock clock = MutableClock.ticking(Instant.parse("2025-02-06T09:24:05Z"), Duration.ofSeconds(1));

    /** The front door; {@code freshToken} is the resilient token call without the cache. */
    private SnapClient issuer(ResilienceSettings resilience) {
        return client(resilience, clock, Merchant.tokenOnly(CLIENT, Fixtures.rsa2048().signer()));
    }

    /** Every attempt carried its own timestamp and a signature that verifies over it. */
    private void assertEachAttemptFreshlySigned(List<LoggedRequest> requests) {
        List<String> timestamps = requests.stream().map(r -> r.getHeader("X-TIMESTAMP")).toList();
        assertThat(timestamps).doesNotHaveDuplicates();
        for (LoggedRequest r : requests) {
            StringToSign sts = StringToSign.forTokenRequest(CLIENT, SnapTimestamp.parse(r.getHeader("X-TIMESTAMP")));
            assertThat(Fixtures.rsa2048Public().verify(sts, Signature.parse(r.getHeader("X-SIGNATURE"))))
                    .as("signature of attempt at %s", r.getHeader("X-TIMESTAMP")).isTrue();
        }
    }

    @ParameterizedTest(name = "HTTP {0} {1} is retried")
    @CsvSource({"500, 5007300", "504, 5047300", "429, 4297300", "503, 5037301", "202, 2027300"})
    void retryableAnswers_areRetriedWithAFreshTimestampAndSignature(int status, String code) {
        stubTokenSequence(snap(status, code, "x"), snap(status, code, "x"), ok());

        AccessToken token = issuer(fastRetries()).freshToken(CLIENT);

        assertThat(token.value().reveal()).isEqualTo(CANARY_TOKEN);
        assertThat(tokenRequests()).hasSize(3);
        assertEachAttemptFreshlySigned(tokenRequests());
    }

    @Test
    void health_reportsTheBreakerAndTokenAges_fromMemory_withoutACall() {
        stubTokenSequence(ok());
        SnapClient client = issuer(fastRetries());

        ClientHealth before = client.health();
        assertThat(before.circuitState()).isEqualTo(CircuitState.CLOSED);
        assertThat(before.tokenAges()).isEmpty();
        assertThat(before.tokenAge(CLIENT)).isEmpty();
        assertThat(tokenRequests()).isEmpty();

        client.accessToken(CLIENT);
        clock.advance(Duration.ofSeconds(30));
        ClientHealth after = client.health();

        assertThat(after.tokenAge(CLIENT)).hasValueSatisfying(age -> assertThat(age).isGreaterThanOrEqualTo(
                Duration.ofSeconds(30)));
        assertThat(after.tokenStoreFailures()).isZero();
        assertThat(after.toString()).doesNotContain(CANARY_TOKEN);
        assertThat(tokenRequests()).hasSize(1);
    }

    @Test
    void attemptsAreBounded_andTheLastErrorIsTyped() {
        stubTokenSequence(snap(500, "5007300", "General Error"));

        assertThatThrownBy(() -> issuer(fastRetries().withMaxAttempts(4)).freshToken(CLIENT))
                .isInstanceOfSatisfying(SnapUnavailableException.class,
                        e -> assertThat(e.responseCode()).map(Object::toString).contains("5007300"));
        assertThat(tokenRequests()).hasSize(4);
    }

    @Test
    void aConnectionReset_isRetried() {
        stubTokenSequence(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok());

        assertThat(issuer(fastRetries()).freshToken(CLIENT).value().reveal()).isEqualTo(CANARY_TOKEN);
        assertThat(tokenRequests()).hasSize(2);
        assertEachAttemptFreshlySigned(tokenRequests());
    }

    @Test
    void aResponseSlowerThanTheReadTimeout_isRetried() {
        stubTokenSequence(ok().withFixedDelay(1500), ok());

        // the fact that proves the timeout: a second attempt was made (no wall-clock bound: a busy machine is slow)
        assertThat(issuer(fastRetries()).freshToken(CLIENT).value().reveal()).isEqualTo(CANARY_TOKEN);

        assertThat(tokenRequests()).hasSize(2);
        assertEachAttemptFreshlySigned(tokenRequests());
    }

    @Test
    void retryAfter_isHonoured() {
        stubTokenSequence(snap(429, "4297300", "Too Many Requests").withHeader("Retry-After", "1"), ok());

        long start = System.nanoTime();
        issuer(fastRetries()).freshToken(CLIENT);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(tokenRequests()).hasSize(2);
    }

    @Test
    void aRetryAfterBeyondTheBudget_endsTheRetriesAtOnce() {
        stubTokenSequence(snap(429, "4297300", "Too Many Requests").withHeader("Retry-After", "3600"), ok());

        assertThatThrownBy(() -> issuer(fastRetries()).freshToken(CLIENT)).isInstanceOfSatisfying(
                SnapUnavailableException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
        assertThat(tokenRequests()).hasSize(1);
    }

    @ParameterizedTest(name = "{1} is not retried")
    @CsvSource({"401, 4017300, Unauthorized", "400, 4007301, Rejected", "400, 4007302, Rejected",
            "400, 4007300, Rejected"})
    void clientErrors_areSentExactlyOnce(int status, String code, String kind) {
        stubTokenSequence(snap(status, code, "Invalid Field Format"), ok());

        assertThatThrownBy(() -> issuer(fastRetries()).freshToken(CLIENT)).isInstanceOf(
                kind.equals("Unauthorized") ? SnapUnauthorizedException.class : SnapRejectedException.class);
        assertThat(tokenRequests()).hasSize(1);
    }

    @Test
    void theBreaker_opensAfterTheConfiguredFailures_sendsNothingWhileOpen_andHalfOpensToProbe() {
        ResilienceSettings settings = fastRetries().withMaxAttempts(1)
                .toBuilder().slidingWindowSize(4).minimumCalls(4)
                .openDuration(Duration.ofHours(1)).halfOpenCalls(1).build();
        SnapClient issuer = issuer(settings);
        stubTokenSequence(snap(503, "5037300", "down"));

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> issuer.freshToken(CLIENT)).isInstanceOf(SnapUnavailableException.class);
        }
        assertThat(issuer.health().circuitState()).isEqualTo(CircuitState.OPEN);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> issuer.freshToken(CLIENT)).isInstanceOfSatisfying(SnapUnavailableException.class,
                    e -> assertThat(e.reason()).isEqualTo(SnapUnavailableException.Reason.CIRCUIT_OPEN));
        }
        assertThat(tokenRequests()).hasSize(4);

        server.resetAll();
        stubTokenSequence(ok());
        clock.advance(Duration.ofHours(1)); // the open period ends on the client's clock: no waiting

        assertThat(issuer.freshToken(CLIENT).value().reveal()).isEqualTo(CANARY_TOKEN); // the half-open probe
        assertThat(tokenRequests()).hasSize(1);
        assertThat(issuer.health().circuitState()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void clientErrors_doNotOpenTheBreaker() {
        SnapClient issuer = issuer(fastRetries().toBuilder().slidingWindowSize(4).minimumCalls(4)
                .halfOpenCalls(1).build());
        stubTokenSequence(snap(401, "4017300", "Unauthorized. Signature"));

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> issuer.freshToken(CLIENT)).isInstanceOf(SnapUnauthorizedException.class);
        }
        assertThat(issuer.health().circuitState()).isEqualTo(CircuitState.CLOSED);
        assertThat(tokenRequests()).hasSize(10);
    }

    @Test
    void aHundredConcurrentCallersOnAColdCache_causeOneRequest() throws Exception {
        stubTokenSequence(ok().withFixedDelay(300));
        dev.snapgate.domain.TokenIssuer cache = client(fastRetries(), Clock.systemUTC(),
                Merchant.tokenOnly(CLIENT, Fixtures.rsa2048().signer())).tokenIssuer();
        ExecutorService pool = Executors.newFixedThreadPool(100);
        try {
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                results.add(pool.submit(() -> cache.issue(CLIENT)));
            }
            for (Future<AccessToken> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS).value().reveal()).isEqualTo(CANARY_TOKEN);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(tokenRequests()).hasSize(1);
    }

    @Test
    void noCredentialReachesTheLogs_atTheMostVerboseLevel_throughSuccessRetriesAndFailures() {
        stubTokenSequence(snap(500, "5007300", "x"), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok());
        try (LogCapture logs = new LogCapture()) {
            SnapClient issuer = issuer(fastRetries());

            AccessToken token = issuer.freshToken(CLIENT);
            server.resetAll();
            stubTokenSequence(snap(401, "4017300", "Unauthorized"));
            assertThatThrownBy(() -> issuer.freshToken(CLIENT)).isInstanceOf(SnapUnauthorizedException.class);

            String text = logs.text();
            assertThat(logs.events()).isNotEmpty();
            assertThat(text).contains("retrying").contains("/nicepay/v1.0/access-token/b2b");
            assertThat(text).doesNotContain(CANARY_TOKEN).doesNotContain(token.value().reveal());
            for (LoggedRequest r : tokenRequests()) {
                assertThat(text).doesNotContain(r.getHeader("X-SIGNATURE"));
            }
            String keyBody = Fixtures.text("keys/rsa2048.pkcs8.pem").lines().skip(1).findFirst().orElseThrow();
            assertThat(text).doesNotContain(keyBody);
            assertThat(token.toString()).doesNotContain(CANARY_TOKEN);
        }
    }
}
