package dev.snapgate.domain;

import java.util.Base64;
import java.util.Objects;

/**
 * An {@code X-SIGNATURE} value: standard Base64 with padding. Not a credential, but it authorises one request, so
 * {@link #toString()} shows only its length; {@link #value()} is the header value.
 */
public record Signature(String value) {

    public Signature {
        Objects.requireNonNull(value, "signature");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("signature must not be empty (a signer never returns an empty signature)");
        }
        try {
            Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("signature must be standard Base64 with padding", e);
        }
    }

    /** Encodes raw signature bytes as standard Base64 with padding. */
    public static Signature ofBytes(byte[] raw) {
        Objects.requireNonNull(raw, "raw");
        return new Signature(Base64.getEncoder().encodeToString(raw));
    }

    /** Parses a header value. @throws IllegalArgumentException if it is not standard Base64 */
    public static Signature parse(String value) {
        return new Signature(value == null ? null : value.trim());
    }

    /** The decoded signature bytes. */
    public byte[] bytes() {
        return Base64.getDecoder().decode(value);
    }

    @Override
    public String toString() {
        return "Signature[" + value.length() + " chars]";
    }
}
