package dev.snapgate.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.signing.Fixtures;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock upstream on loopback and the helpers the HTTP tests share. */
abstract class WireMockFixture {

    static final String TOKEN_PATH = "/nicepay/v1.0/access-token/b2b";
    static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");
    static final String CANARY_TOKEN = "canary-access-token-7d1e0b5a9c";

    WireMockServer server;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    HttpSettings http() {
        return HttpSettings.of(baseUrl()).withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700));
    }

    /** The front door, configured like {@link #http()}, for {@code merchants}. */
    SnapClient client(ResilienceSettings resilience, java.time.Clock clock, Merchant... merchants) {
        return client(true, resilience, clock, merchants);
    }

    /**
     * The front door with NICEPAY's field rules off (the escape hatch): for transport tests that send ad-hoc bodies to
     * a stub; the rules have tests of their own.
     */
    SnapClient unvalidatedClient(ResilienceSettings resilience, java.time.Clock clock, Merchant... merchants) {
        return client(false, resilience, clock, merchants);
    }

    private SnapClient client(boolean validate, ResilienceSettings resilience, java.time.Clock clock,
            Merchant... merchants) {
        SnapClient.Builder b = SnapClient.builder().baseUrl(baseUrl()).connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofMillis(700)).resilience(resilience).clock(clock).validateRequests(validate);
        for (Merchant m : merchants) {
            b.merchant(m);
        }
        return b.build();
    }

    static ResilienceSettings fastRetries() {
        return ResilienceSettings.DEFAULTS.withBackoff(Duration.ofMillis(5), Duration.ofMillis(20));
    }

    static Merchants merchants() {
        return Merchants.of(Merchant.tokenOnly(CLIENT, Fixtures.rsa2048().signer()));
    }

    static String tokenJson(String token, String expiresIn) {
        return "{\"responseCode\":\"2007300\",\"responseMessage\":\"Successful\",\"accessToken\":\"" + token
                + "\",\"tokenType\":\"Bearer\",\"expiresIn\":" + expiresIn + "}";
    }

    static ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(tokenJson(CANARY_TOKEN, "\"900\""));
    }

    static ResponseDefinitionBuilder snap(int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"responseCode\":\"" + code + "\",\"responseMessage\":\"" + message + "\"}");
    }

    /** Answers successive token calls with {@code answers}, the last one repeating. */
    void stubTokenSequence(ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i == answers.length - 1 ? state : "call-" + (i + 2);
            server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("token").whenScenarioStateIs(state)
                    .willSetStateTo(next).willReturn(answers[i]));
            state = next;
        }
    }

    List<LoggedRequest> tokenRequests() {
        return server.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }
}
