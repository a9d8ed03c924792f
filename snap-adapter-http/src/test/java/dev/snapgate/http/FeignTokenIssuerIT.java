package dev.snapgate.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.MutableClock;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.error.SnapMalformedResponseException;
import dev.snapgate.domain.error.SnapRejectedException;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.error.SnapUnauthorizedException;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.signing.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The single token call against WireMock: wire format byte for byte, and every kind of answer. */
class FeignTokenIssuerIT extends WireMockFixture {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-12-31T03:11:40.250Z"));

    private FeignTokenIssuer issuer() {
        return FeignTokenIssuer.create(http(), merchants(), clock);
    }

    @Test
    void issue_sendsExactlyTheSnapHeadersAndBody_signedOverClientKeyPipeTimestamp() {
        stubTokenSequence(ok());

        issuer().issue(CLIENT);

        LoggedRequest request = tokenRequests().get(0);
        assertThat(request.getUrl()).isEqualTo("/nicepay/v1.0/access-token/b2b");
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(request.getHeader("X-TIMESTAMP")).isEqualTo("2024-12-31T10:11:40+07:00");
        assertThat(request.getHeader("X-CLIENT-KEY")).isEqualTo("IONPAYTEST");
        assertThat(request.getBodyAsString()).isEqualTo("{\"grantType\":\"client_credentials\",\"additionalInfo\":{}}");
        assertThat(request.containsHeader("Authorization")).isFalse();
        StringToSign signed = StringToSign.forTokenRequest(CLIENT, SnapTimestamp.parse("2024-12-31T10:11:40+07:00"));
        assertThat(Fixtures.rsa2048Public().verify(signed, Signature.parse(request.getHeader("X-SIGNATURE")))).isTrue();
        assertThat(request.getHeader("X-SIGNATURE")).isEqualTo(Fixtures.rsa2048().signer().sign(signed).value());
    }

    @ParameterizedTest(name = "expiresIn {0}")
    @ValueSource(strings = {"\"900\"", "900"})
    void issue_acceptsExpiresInAsStringOrNumber(String expiresIn) {
        stubTokenSequence(aResponse().withStatus(200).withBody(tokenJson(CANARY_TOKEN, expiresIn)));

        AccessToken token = issuer().issue(CLIENT);

        assertThat(token.value().reveal()).isEqualTo(CANARY_TOKEN);
        assertThat(token.tokenType()).isEqualTo("Bearer");
        assertThat(token.issuedAt()).isEqualTo(clock.instant());
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(900));
    }

    @Test
    void issue_acceptsTokenTypeInAnyCaseAndIgnoresUnknownFields() {
        stubTokenSequence(aResponse().withStatus(200).withBody("{\"responseCode\":\"2007300\",\"accessToken\":\"t\","
                + "\"tokenType\":\"bearer\",\"expiresIn\":\"60\",\"additionalInfo\":{\"x\":1},\"newField\":true}"));

        assertThat(issuer().issue(CLIENT).lifetime()).hasSeconds(60);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "expiresIn abc       | {\"responseCode\":\"2007300\",\"accessToken\":\"t\",\"tokenType\":\"Bearer\",\"expiresIn\":\"abc\"} | expiresIn is 'abc'",
        "expiresIn -5        | {\"responseCode\":\"2007300\",\"accessToken\":\"t\",\"tokenType\":\"Bearer\",\"expiresIn\":\"-5\"}  | expiresIn is '-5'",
        "expiresIn 0         | {\"responseCode\":\"2007300\",\"accessToken\":\"t\",\"tokenType\":\"Bearer\",\"expiresIn\":0}       | expiresIn is 0",
        "expiresIn missing   | {\"responseCode\":\"2007300\",\"accessToken\":\"t\",\"tokenType\":\"Bearer\"}                        | expiresIn is missing",
        "accessToken missing | {\"responseCode\":\"2007300\",\"tokenType\":\"Bearer\",\"expiresIn\":\"900\"}                        | accessToken is missing",
        "tokenType Basic     | {\"responseCode\":\"2007300\",\"accessToken\":\"t\",\"tokenType\":\"Basic\",\"expiresIn\":\"900\"}  | tokenType is 'Basic', expected Bearer",
        "no responseCode     | {\"accessToken\":\"t\",\"tokenType\":\"Bearer\",\"expiresIn\":\"900\"}                               | no responseCode",
        "bad responseCode    | {\"responseCode\":\"OK\",\"accessToken\":\"t\",\"tokenType\":\"Bearer\",\"expiresIn\":\"900\"}      | responseCode is not seven digits",
        "truncated JSON      | {\"responseCode\":\"2007300\",\"accessTo                                                            | not valid JSON (truncated)",
        "garbage             | hello, world                                                                                         | not valid JSON",
        "JSON array          | [1,2,3]                                                                                              | JSON but not an object",
        "only unknown fields | {\"status\":\"ok\",\"token\":\"t\",\"ttl\":900}                                                       | no responseCode",
    })
    void issue_refusesAMalformedSuccess_withATypedErrorNamingTheProblem(String name, String body, String problem) {
        stubTokenSequence(aResponse().withStatus(200).withBody(body));

        assertThatThrownBy(() -> issuer().issue(CLIENT)).isInstanceOf(SnapMalformedResponseException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void issue_refusesATokenLongerThan2048Characters() {
        stubTokenSequence(aResponse().withStatus(200).withBody(tokenJson("x".repeat(3000), "\"900\"")));

        assertThatThrownBy(() -> issuer().issue(CLIENT)).isInstanceOf(SnapMalformedResponseException.class)
                .hasMessageContaining("3000 characters");
    }

    @Test
    void issue_withAnEmptyBody_isMalformed() {
        stubTokenSequence(aResponse().withStatus(200));

        assertThatThrownBy(() -> issuer().issue(CLIENT)).isInstanceOf(SnapMalformedResponseException.class)
                .hasMessageContaining("empty body");
    }

    @Test
    void aTwoHundredWithANonSuccessCode_isAFailure() {
        stubTokenSequence(snap(200, "4017300", "Unauthorized. Signature"));

        assertThatThrownBy(() -> issuer().issue(CLIENT)).isInstanceOf(SnapUnauthorizedException.class)
                .hasMessageContaining("4017300");
    }

    @Test
    void anHtml502FromAGateway_isUnavailableWithoutACode() {
        stubTokenSequence(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));

        assertThatThrownBy(() -> issuer().issue(CLIENT)).isInstanceOfSatisfying(SnapUnavailableException.class, e -> {
            assertThat(e.responseCode()).isEmpty();
            assertThat(e.getMessage()).contains("HTTP 502").contains("HTML page");
        });
    }

    @Test
    void aGarbage4xx_isRejected() {
        stubTokenSequence(aResponse().withStatus(400).withBody("bad"));

        assertThatThrownBy(() -> issuer().issue(CLIENT)).isInstanceOf(SnapRejectedException.class);
    }

    @Test
    void aRedirect_isNeverFollowed() {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/elsewhere")).willReturn(ok()));
        stubTokenSequence(aResponse().withStatus(302).withHeader("Location", baseUrl() + "/elsewhere"));

        assertThatThrownBy(() -> issuer().issue(CLIENT)).isInstanceOf(SnapRejectedException.class)
                .hasMessageContaining("never follows redirects");
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void anOversizedBody_isRefused() {
        stubTokenSequence(aResponse().withStatus(200).withBody("{\"pad\":\"" + "x".repeat(100_000) + "\"}"));

        assertThatThrownBy(() -> issuer().issue(CLIENT)).isInstanceOf(SnapMalformedResponseException.class)
                .hasMessageContaining("cap");
    }

    @Test
    void anOversizedChunkedBody_isRefusedToo() {
        stubTokenSequence(aResponse().withStatus(200).withChunkedDribbleDelay(4, 10)
                .withBody("{\"pad\":\"" + "x".repeat(100_000) + "\"}"));

        assertThatThrownBy(() -> issuer().issue(CLIENT)).isInstanceOf(SnapMalformedResponseException.class)
                .hasMessageContaining("cap");
    }

    /** The cap is exact (64 KiB by default), read in chunks of unknown total length. */
    @Test
    void aChunkedBodyOfExactlyTheCap_isRead_andOneByteMore_isRefused() {
        String atCap = "{\"pad\":\"" + "x".repeat(64 * 1024 - 10) + "\"}";
        stubTokenSequence(aResponse().withStatus(200).withChunkedDribbleDelay(7, 20).withBody(atCap));
        assertThatThrownBy(() -> issuer().issue(CLIENT)).isInstanceOf(SnapMalformedResponseException.class)
                .hasMessageNotContaining("cap");

        server.resetAll();
        stubTokenSequence(aResponse().withStatus(200).withChunkedDribbleDelay(7, 20)
                .withBody("{\"pad\":\"" + "x".repeat(64 * 1024 - 9) + "\"}"));
        assertThatThrownBy(() -> issuer().issue(CLIENT)).isInstanceOf(SnapMalformedResponseException.class)
                .hasMessageContaining("cap");
    }

    @Test
    void anUnknownClient_isAConfigurationErrorAndSendsNothing() {
        assertThatThrownBy(() -> issuer().issue(ClientKey.of("UNKNOWN"))).hasMessageContaining("not configured");
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
