package dev.snapgate.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A credential: client secret, key or keystore password, access token.
 *
 * <p>{@link #toString()} is masked, there is deliberately no {@code equals}/{@code hashCode} (use
 * {@link #matches(Secret)}, which compares in constant time), and the only way to the value is {@link #reveal()},
 * so every use of a credential can be found with one grep. Immutable and thread-safe.
 */
public final class Secret {

    private static final String MASK = "******";

    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    /**
     * Wraps a credential.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is empty
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a secret must not be empty");
        }
        return new Secret(value.toCharArray());
    }

    /** Wraps a credential given as characters; the array is copied, the caller may wipe its own. */
    public static Secret of(char[] value) {
        Objects.requireNonNull(value, "secret value");
        if (value.length == 0) {
            throw new IllegalArgumentException("a secret must not be empty");
        }
        return new Secret(value.clone());
    }

    /** The credential itself. Every call site is a place where a secret leaves its wrapper: keep them few. */
    public String reveal() {
        return new String(value);
    }

    /** The credential as a fresh char array (for JDK APIs such as {@code KeyStore.load}); wipe it after use. */
    public char[] revealChars() {
        return value.clone();
    }

    /** The credential as UTF-8 bytes (for HMAC keys); wipe it after use. */
    public byte[] revealUtf8() {
        return reveal().getBytes(StandardCharsets.UTF_8);
    }

    /** Number of characters, safe to show. */
    public int length() {
        return value.length;
    }

    /** Constant-time comparison: the time taken does not depend on where the values differ. */
    public boolean matches(Secret other) {
        Objects.requireNonNull(other, "other");
        return MessageDigest.isEqual(revealUtf8(), other.revealUtf8());
    }

    /** Constant-time comparison with a candidate string (e.g. a bearer token from a request); null never matches. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(revealUtf8(), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A short, non-reversible identifier (first 8 hex digits of SHA-256) to tell two secrets apart in output
     * without showing either.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(revealUtf8());
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** A display form that shows no character of the secret: {@code ******(812 chars, sha256:1a2b3c4d)}. */
    public String masked() {
        return MASK + "(" + value.length + " chars, sha256:" + fingerprint() + ")";
    }

    @Override
    public String toString() {
        return MASK;
    }
}
