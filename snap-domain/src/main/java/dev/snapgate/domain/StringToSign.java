package dev.snapgate.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import dev.snapgate.domain.internal.BodyDigest;

/**
 * The exact text a SNAP signature covers.
 *
 * <p>Two rules build it: {@link #forTokenRequest} ({@code clientKey + "|" + X-TIMESTAMP}, signed with RSA) and
 * {@link #forServiceCall} ({@code METHOD:signedPath:accessToken:lowerhex(sha256(body)):X-TIMESTAMP}, signed with
 * HMAC-SHA512). A service-call string contains the access token, so {@link #toString()} never shows the text; use
 * {@link #value()} only to sign.
 */
public record StringToSign(String value) {

    public StringToSign {
        Objects.requireNonNull(value, "string to sign");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("string to sign must not be empty");
        }
    }

    /** SNAP's token-request rule: {@code clientKey + "|" + timestamp}. */
    public static StringToSign forTokenRequest(ClientKey clientKey, SnapTimestamp timestamp) {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(timestamp, "timestamp");
        return new StringToSign(clientKey.value() + "|" + timestamp.value());
    }

    /**
     * SNAP's symmetric rule for transactional calls.
     *
     * @param method the upper-case HTTP verb actually sent
     * @param signedPath the request path without the leading {@code /nicepay} prefix (see {@code SignedPath})
     * @param accessToken the raw token, without {@code Bearer }
     * @param body the exact bytes sent; empty for no body
     * @param timestamp the same timestamp that goes into {@code X-TIMESTAMP}
     */
    public static StringToSign forServiceCall(String method, String signedPath, Secret accessToken, byte[] body,
            SnapTimestamp timestamp) {
        return forServiceCall(method, signedPath, accessToken, BodyDigest.sha256Hex(body), timestamp.value());
    }

    /** As above with a precomputed lowercase hex body hash and a free-form timestamp (other SNAP servers). */
    public static StringToSign forServiceCall(String method, String signedPath, Secret accessToken,
            String bodySha256Hex, String timestamp) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(signedPath, "signedPath");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(bodySha256Hex, "bodySha256Hex");
        Objects.requireNonNull(timestamp, "timestamp");
        if (!method.equals(method.toUpperCase(java.util.Locale.ROOT)) || method.isBlank()) {
            throw new IllegalArgumentException("HTTP method must be upper case, e.g. POST");
        }
        String token = accessToken.reveal();
        StringBuilder sb = new StringBuilder(method.length() + signedPath.length() + token.length()
                + bodySha256Hex.length() + timestamp.length() + 4);
        sb.append(method).append(':').append(signedPath).append(':').append(token).append(':')
                .append(bodySha256Hex).append(':').append(timestamp);
        return new StringToSign(sb.toString());
    }

    /** The text as UTF-8 bytes, the input of every signer. */
    public byte[] utf8() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "StringToSign[" + value.length() + " chars]";
    }
}
