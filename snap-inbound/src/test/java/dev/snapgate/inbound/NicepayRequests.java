package dev.snapgate.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.snapgate.domain.internal.BodyDigest;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.signing.HmacSha512Signer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Requests as NICEPAY signs them, for the inbound core's tests: tokens, VA calls and notifications. */
final class NicepayRequests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN_BODY = "{\"grantType\":\"client_credentials\",\"additionalInfo\":{}}";

    private final ClientKey client;
    private final Signer transactionKey;
    private final HmacSha512Signer hmac;

    NicepayRequests(ClientKey client, Signer transactionKey, Secret clientSecret) {
        this.client = client;
        this.transactionKey = transactionKey;
        this.hmac = new HmacSha512Signer(clientSecret);
    }

    /** {@code Content-Type} and the RSA-signed headers of a token request or notification. */
    Map<String, String> rsaHeaders(Signer key, SnapTimestamp ts) {
        return rsaHeaders(client, key, ts);
    }

    /** The same, presenting {@code presented} as the client key. */
    static Map<String, String> rsaHeaders(ClientKey presented, Signer key, SnapTimestamp ts) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.put("X-TIMESTAMP", ts.value());
        h.put("X-CLIENT-KEY", presented.value());
        h.put("X-SIGNATURE", key.sign(StringToSign.forTokenRequest(presented, ts)).value());
        return h;
    }

    InboundRequest token(SnapTimestamp ts) {
        return InboundRequest.simple("POST", "/merchant/api/v1.0/access-token/b2b", rsaHeaders(transactionKey, ts),
                TOKEN_BODY.getBytes(StandardCharsets.UTF_8));
    }

    InboundRequest notification(String path, Map<String, String> headers, Map<String, Object> body) {
        return InboundRequest.simple("POST", path, headers, bytes(body));
    }

    /** A VA inquiry or payment ({@code kind}) signed with HMAC-SHA512 as NICEPAY signs it. */
    InboundRequest vaCall(String kind, String token, Map<String, Object> body, String externalId, SnapTimestamp ts) {
        String path = "/merchant/api/v1.0/transfer-va/" + kind;
        byte[] bytes = bytes(body);
        return InboundRequest.simple("POST", path, vaHeaders(path, token, bytes, externalId, ts), bytes);
    }

    /** The headers of a VA call to {@code path} with these exact body bytes. */
    Map<String, String> vaHeaders(String path, String token, byte[] bytes, String externalId, SnapTimestamp ts) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.put("Authorization", "Bearer " + token);
        h.put("X-TIMESTAMP", ts.value());
        h.put("X-SIGNATURE", hmac.sign(StringToSign.forServiceCall("POST", path, Secret.of(token),
                BodyDigest.sha256Hex(bytes), ts.value())).value());
        h.put("X-PARTNER-ID", client.value());
        h.put("X-EXTERNAL-ID", externalId);
        h.put("CHANNEL-ID", client.value() + "01");
        return h;
    }

    /** The named headers of a captured request, as an attacker replaying it would copy them. */
    static Map<String, String> copied(InboundRequest captured, String... names) {
        Map<String, String> h = new LinkedHashMap<>();
        for (String name : names) {
            h.put(name, captured.header(name).orElseThrow());
        }
        return h;
    }

    /** The same request with other headers (a replay with a changed header). */
    static InboundRequest withHeader(InboundRequest r, Map<String, String> headers, String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return InboundRequest.simple(r.method(), r.path(), h, r.bodyBytes());
    }

    static Map<String, Object> inquiryBody(String va, String requestId) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("partnerServiceId", "   88081");
        b.put("customerNo", "23456");
        b.put("virtualAccountNo", va);
        b.put("inquiryRequestId", requestId);
        b.put("additionalInfo", Map.of("bankCd", "BMRI"));
        return b;
    }

    static Map<String, Object> paymentBody(String va, String amount, String requestId) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("partnerServiceId", "   88081");
        b.put("customerNo", "23456");
        b.put("virtualAccountNo", va);
        b.put("paymentRequestId", requestId);
        b.put("paidAmount", Map.of("value", amount, "currency", "IDR"));
        b.put("additionalInfo", Map.of("bankCd", "BMRI"));
        return b;
    }

    static Map<String, Object> vaPaid(String va, String trxId) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("partnerServiceId", "   88081");
        b.put("customerNo", "23456");
        b.put("virtualAccountNo", va);
        b.put("trxId", trxId);
        b.put("paidAmount", Map.of("value", "50000.00", "currency", "IDR"));
        return b;
    }

    static byte[] bytes(Map<String, Object> body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(InboundResponse r, String name) {
        try {
            return String.valueOf(JSON.readValue(r.body(), Map.class).get(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String code(InboundResponse r) {
        return field(r, "responseCode");
    }
}
