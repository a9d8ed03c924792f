package dev.snapgate.domain.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** Lowercase hex SHA-256 of a request body, as SNAP's symmetric signature needs it. Thread-safe. */
public final class BodyDigest {

    /** SHA-256 of the empty string: what an empty body hashes to. */
    public static final String EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    });

    private BodyDigest() {
    }

    /** Lowercase hex SHA-256 of exactly these bytes (an empty array for no body). */
    public static String sha256Hex(byte[] body) {
        Objects.requireNonNull(body, "body (use an empty array for no body)");
        MessageDigest digest = SHA256.get();
        return HexFormat.of().formatHex(digest.digest(body));
    }
}
