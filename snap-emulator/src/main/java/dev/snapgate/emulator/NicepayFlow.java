package dev.snapgate.emulator;

import static dev.snapgate.api.schema.Fields.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.snapgate.domain.Amount;
import dev.snapgate.domain.internal.BodyDigest;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.signing.HmacSha512Signer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * NICEPAY's side of the inquiry-VA flow, played against a merchant server: request a B2B token from the merchant
 * (SHA256withRSA over {@code X-CLIENT-KEY|X-TIMESTAMP} with NICEPAY's key), call its VA inquiry (24), then its payment
 * (25), each signed with HMAC-SHA512 and the client secret the merchant gave NICEPAY, as NICEPAY does. Also sends
 * signed notifications. Talks plain JDK HTTP; for tests and {@code snapgate nicepay-flow}. Thread-safe.
 */
public final class NicepayFlow {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One step's answer: HTTP status, the SNAP {@code responseCode} (empty when none), and the body text. */
    public record Step(String name, int status, String responseCode, String body) {
        public Step {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(responseCode, "responseCode");
            Objects.requireNonNull(body, "body");
        }

        /** True for a {@code 2xx} status with a {@code 200XXXX} code. */
        public boolean succeeded() {
            return status >= 200 && status < 300 && responseCode.startsWith("200");
        }

        @Override
        public String toString() {
            return name + " " + status + " " + responseCode;
        }
    }

    private final URI merchant;
    private final ClientKey clientKey;
    private final Signer nicepayKey;
    private final Signer notificationKey;
    private final HmacSha512Signer hmac;
    private volatile Secret cachedToken;
    private volatile java.time.Instant cachedAt = java.time.Instant.MIN;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    private final SecureRandom random = new SecureRandom();

    /**
     * @param merchant the merchant's base URL, under which it serves {@code /api/v1.0/...}
     * @param clientKey the client key NICEPAY presents to this merchant
     * @param nicepayKey signs as NICEPAY (its token requests and notifications)
     * @param clientSecret the client secret the merchant gave NICEPAY
     */
    public NicepayFlow(URI merchant, ClientKey clientKey, Signer nicepayKey, Secret clientSecret, Clock clock) {
        this(merchant, clientKey, nicepayKey, nicepayKey, clientSecret, clock);
    }

    /**
     * As NICEPAY does it: one key signs its transaction calls (token requests), another its notifications.
     *
     * @param transactionKey signs token requests
     * @param notificationKey signs notifications
     */
    public NicepayFlow(URI merchant, ClientKey clientKey, Signer transactionKey, Signer notificationKey,
            Secret clientSecret, Clock clock) {
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        this.clientKey = Objects.requireNonNull(clientKey, "clientKey");
        this.nicepayKey = Objects.requireNonNull(transactionKey, "transactionKey");
        this.notificationKey = Objects.requireNonNull(notificationKey, "notificationKey");
        this.hmac = new HmacSha512Signer(Objects.requireNonNull(clientSecret, "clientSecret"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The whole flow for one bill: token, inquiry, then (if the inquiry succeeded) payment of {@code paidAmount}, or
     * of the amount the inquiry answered when it is empty. Stops at the first step that fails. Like NICEPAY, a token
     * obtained by an earlier run is used again for 10 minutes (its list then starts with the inquiry).
     */
    public List<Step> run(String partnerServiceId, String customerNo, String virtualAccountNo,
            Optional<Amount> paidAmount) throws IOException, InterruptedException {
        Secret accessToken = cachedToken;
        java.util.List<Step> steps = new java.util.ArrayList<>();
        if (accessToken == null || cachedAt.plus(Duration.ofMinutes(10)).isBefore(clock.instant())) {
            Step token = token();
            if (!token.succeeded()) {
                return List.of(token);
            }
            steps.add(token);
            accessToken = Secret.of(String.valueOf(JSON.readValue(token.body(), Map.class).get("accessToken")));
            cachedToken = accessToken;
            cachedAt = clock.instant();
        }
        Step inquiry = inquiry(accessToken, partnerServiceId, customerNo, virtualAccountNo);
        steps.add(inquiry);
        if (!inquiry.succeeded()) {
            return List.copyOf(steps);
        }
        Amount amount = paidAmount.orElseGet(() -> amountIn(inquiry.body()));
        steps.add(payment(accessToken, partnerServiceId, customerNo, virtualAccountNo, amount));
        return List.copyOf(steps);
    }

    /** NICEPAY asks the merchant for a B2B token. */
    public Step token() throws IOException, InterruptedException {
        return send("token", "/api/v1.0/access-token/b2b", rsaSigned(),
                "{\"grantType\":\"client_credentials\",\"additionalInfo\":{}}".getBytes(StandardCharsets.UTF_8));
    }

    /** NICEPAY's VA inquiry (24). */
    public Step inquiry(Secret accessToken, String partnerServiceId, String customerNo, String virtualAccountNo)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(PARTNER_SERVICE_ID, partnerServiceId);
        body.put(CUSTOMER_NO, customerNo);
        body.put(VIRTUAL_ACCOUNT_NO, virtualAccountNo);
        body.put(INQUIRY_REQUEST_ID, digits(20));
        body.put(ADDITIONAL_INFO, new LinkedHashMap<>(Map.of(BANK_CD, "BMRI")));
        return signed("inquiry", "/api/v1.0/transfer-va/inquiry", accessToken, body, digits(20));
    }

    /** NICEPAY's VA payment (25). */
    public Step payment(Secret accessToken, String partnerServiceId, String customerNo, String virtualAccountNo,
            Amount paidAmount) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(PARTNER_SERVICE_ID, partnerServiceId);
        body.put(CUSTOMER_NO, customerNo);
        body.put(VIRTUAL_ACCOUNT_NO, virtualAccountNo);
        body.put(PAYMENT_REQUEST_ID, digits(20));
        body.put(PAID_AMOUNT, paidAmount.toWire());
        body.put(ADDITIONAL_INFO, new LinkedHashMap<>(Map.of(BANK_CD, "BMRI")));
        return signed("payment", "/api/v1.0/transfer-va/payment", accessToken, body, digits(20));
    }

    /**
     * Sends a service call signed as NICEPAY does, with a chosen {@code X-EXTERNAL-ID} (to test replays) and body.
     */
    public Step signed(String name, String path, Secret accessToken, Map<String, Object> body, String externalId)
            throws IOException, InterruptedException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        SnapTimestamp ts = SnapTimestamp.now(clock);
        String signedPath = URI.create(merchant.toString() + path).getRawPath();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Authorization", "Bearer " + accessToken.reveal());
        headers.put("X-TIMESTAMP", ts.value());
        headers.put("X-SIGNATURE", hmac.sign(StringToSign.forServiceCall("POST", signedPath, accessToken,
                BodyDigest.sha256Hex(bytes), ts.value())).value());
        headers.put("X-PARTNER-ID", clientKey.value());
        headers.put("X-EXTERNAL-ID", externalId);
        headers.put("CHANNEL-ID", clientKey.value() + "01");
        return send(name, path, headers, bytes);
    }

    /** A notification to {@code path} on the merchant, signed with NICEPAY's key. */
    public Step notify(String path, Map<String, Object> body) throws IOException, InterruptedException {
        return send("notification", path, NicepayHeaders.rsaSigned(notificationKey, clientKey, clock),
                JSON.writeValueAsBytes(body));
    }

    /** The headers of a token request or notification: SHA256withRSA over {@code X-CLIENT-KEY|X-TIMESTAMP}. */
    private Map<String, String> rsaSigned() {
        return NicepayHeaders.rsaSigned(nicepayKey, clientKey, clock);
    }

    private Step send(String name, String path, Map<String, String> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(merchant.toString() + path))
                .timeout(Duration.ofSeconds(15)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8));
        String code = "";
        try {
            Object parsed = JSON.readValue(response.body(), Object.class);
            if (parsed instanceof Map<?, ?> m && m.get("responseCode") instanceof String c) {
                code = c;
            }
        } catch (JsonProcessingException notJson) {
            // a merchant's non-JSON answer: the code stays empty
        }
        return new Step(name, response.statusCode(), code, response.body());
    }

    private static Amount amountIn(String inquiryBody) {
        try {
            Map<?, ?> top = JSON.readValue(inquiryBody, Map.class);
            Object data = top.get(VIRTUAL_ACCOUNT_DATA);
            return Amount.fromWire(data instanceof Map<?, ?> d ? d.get(TOTAL_AMOUNT) : null).orElseThrow(() ->
                    new IllegalStateException("the inquiry answer carries no totalAmount; give the amount to pay"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the inquiry answer is not JSON", e);
        }
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "NicepayFlow[" + merchant + " as " + clientKey + "]";
    }
}
