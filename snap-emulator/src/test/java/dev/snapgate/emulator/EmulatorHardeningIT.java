package dev.snapgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.MutableClock;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.signing.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The emulator can't be taken over over HTTP, and is as strict as NICEPAY on timestamps and content types. */
class EmulatorHardeningIT {

    private static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");
    private static final String EVIL_ORIGIN = "http://evil.example";

    private final MutableClock clock = new MutableClock(Instant.parse("2024-12-31T03:11:40Z"));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private SnapEmulator emulator;

    @BeforeEach
    void start() {
        emulator = SnapEmulator.builder().clock(clock).client(CLIENT, Fixtures.rsa2048Public(), Secret.of("s3cr3t"))
                .start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Origin", EVIL_ORIGIN)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /__admin/requests", "GET, /__admin/mappings", "POST, /__admin/mappings",
            "POST, /__admin/shutdown", "POST, /__admin/reset", "GET, /__admin/docs", "OPTIONS, /__admin/mappings",
            "POST, /__admin/recordings/start"})
    void theAdminApi_isClosedOverHttp_withoutCorsHeaders(String method, String path) throws Exception {
        // something worth stealing in the journal: an issued token
        assertThat(new RawSnapClient(emulator.baseUrl()).token(CLIENT, SnapTimestamp.now(clock),
                Fixtures.rsa2048().signer()).code()).isEqualTo("2007300");
        String stub = "{\"request\":{\"urlPattern\":\"/.*\"},\"response\":{\"status\":200,\"body\":"
                + "\"{\\\"responseCode\\\":\\\"2005400\\\"}\"},\"priority\":1}";

        HttpResponse<String> answer = send(method, path, method.equals("POST") ? stub : null);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(emulator.isRunning()).isTrue();
    }

    @Test
    void aStubPostedOverHttp_doesNotChangeTheEmulator() throws Exception {
        String stub = "{\"request\":{\"urlPattern\":\"/.*\"},\"response\":{\"status\":200,\"body\":"
                + "\"{\\\"responseCode\\\":\\\"2005400\\\"}\"},\"priority\":1}";
        send("POST", "/__admin/mappings", stub);

        // an unsigned payment is still refused with NICEPAY's code
        HttpResponse<String> payment = send("POST", "/nicepay/api/v1.0/debit/payment-host-to-host", "{}");
        assertThat(payment.body()).doesNotContain("2005400");
        assertThat(payment.statusCode()).isEqualTo(401);
    }

    @Test
    void snapAnswers_carryNoCorsHeaders() throws Exception {
        HttpResponse<String> answer = send("POST", Journal.TOKEN_PATH, "{}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void awaitStop_returnsWhenTheEmulatorIsClosed() throws Exception {
        Thread closer = new Thread(emulator::close);
        closer.start();

        emulator.awaitStop();

        assertThat(emulator.isRunning()).isFalse();
    }

    @ParameterizedTest(name = "X-TIMESTAMP {0} -> {1}")
    @CsvSource({"2024-12-31T03:11:40+00:00, 4007301", "2024-12-31T04:11:40+01:00, 4007301",
            "2024-12-31T10:11:40+07:00, 2007300"})
    void onlyJakartaTimestamps_areAccepted(String timestamp, String code) throws Exception {
        RawSnapClient raw = new RawSnapClient(emulator.baseUrl());
        Map<String, String> headers = raw.tokenHeaders(CLIENT, SnapTimestamp.parse(timestamp),
                Fixtures.rsa2048().signer());

        RawSnapClient.Answer answer = raw.send("POST", Journal.TOKEN_PATH, headers,
                "{\"grantType\":\"client_credentials\"}");

        assertThat(answer.code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "Content-Type {0} -> {1}")
    @CsvSource(delimiter = '|', value = {"application/jsonfoo|4007300", "application/json-patch+json|4007300",
            "text/json|4007300", "application/json; charset=UTF-8|2007300", "Application/JSON|2007300"})
    void onlyJsonContentTypes_areAccepted(String contentType, String code) throws Exception {
        RawSnapClient raw = new RawSnapClient(emulator.baseUrl());
        Map<String, String> headers = raw.tokenHeaders(CLIENT, SnapTimestamp.now(clock), Fixtures.rsa2048().signer());
        headers.put("Content-Type", contentType);

        RawSnapClient.Answer answer = raw.send("POST", Journal.TOKEN_PATH, headers,
                "{\"grantType\":\"client_credentials\"}");

        assertThat(answer.code()).isEqualTo(code);
    }
}
