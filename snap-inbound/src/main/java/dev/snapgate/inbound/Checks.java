package dev.snapgate.inbound;

import dev.snapgate.domain.internal.BodyDigest;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.SignatureVerifier;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Checks every endpoint shares: headers, timestamps, signatures, and the canonical keys replays are told by. */
final class Checks {

    private Checks() {
    }

    static String firstMissingHeader(InboundRequest request, String... names) {
        for (String n : names) {
            if (request.header(n).map(String::isBlank).orElse(true)) {
                return n;
            }
        }
        return null;
    }

    static Optional<SnapTimestamp> timestamp(InboundRequest request) {
        try {
            return Optional.of(SnapTimestamp.parse(request.header("X-TIMESTAMP").orElse("").strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean withinWindow(Clock clock, Duration window, SnapTimestamp ts) {
        return Duration.between(clock.instant(), ts.instant()).abs().compareTo(window) <= 0;
    }

    /** The signature as decoded bytes, or empty when it is not Base64. */
    static Optional<Signature> signature(String header) {
        try {
            return Optional.of(Signature.parse(header.strip()));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    static boolean verifies(SignatureVerifier key, StringToSign sts, Signature signature) {
        return key.verify(sts, signature);
    }

    /**
     * The key of an RSA-signed header tuple ({@code X-CLIENT-KEY|X-TIMESTAMP} and its signature), from the
     * signature's decoded bytes: the same signature in another Base64 spelling (no padding, other unused low bits)
     * is the same tuple.
     */
    static String rsaHeaderKey(ClientKey key, SnapTimestamp ts, Signature sig) {
        ByteArrayOutputStream id = new ByteArrayOutputStream();
        id.writeBytes((key.value() + "|" + ts.value() + "|").getBytes(StandardCharsets.UTF_8));
        id.writeBytes(sig.bytes());
        return "inbound:rsa-headers:" + BodyDigest.sha256Hex(id.toByteArray());
    }

    /** The key of an HMAC-signed request, from the signature's decoded bytes. */
    static String hmacKey(ClientKey key, Signature sig) {
        ByteArrayOutputStream id = new ByteArrayOutputStream();
        id.writeBytes((key.value() + "|").getBytes(StandardCharsets.UTF_8));
        id.writeBytes(sig.bytes());
        return "inbound:hmac:" + BodyDigest.sha256Hex(id.toByteArray());
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .equalsIgnoreCase("application/json");
    }

    static String str(Map<String, Object> m, String name) {
        Object v = m.get(name);
        return v instanceof String s ? s : "";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Map<String, Object> m, String name) {
        return m.get(name) instanceof Map<?, ?> o ? (Map<String, Object>) o : Map.of();
    }

    static String firstMissingField(Map<String, Object> body, String... names) {
        for (String n : names) {
            Object v = body.get(n);
            if (v == null || v instanceof String s && s.isBlank()) {
                return n;
            }
        }
        return null;
    }
}
