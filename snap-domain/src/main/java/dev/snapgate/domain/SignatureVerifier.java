package dev.snapgate.domain;

/**
 * Verifies a signature over a {@link StringToSign}: NICEPAY's notification signature with its public key, or an
 * emulated server checking what a client sent. Thread-safe.
 */
@FunctionalInterface
public interface SignatureVerifier {

    /** True when {@code signature} is valid for {@code stringToSign}; false for any mismatch, never throws for one. */
    boolean verify(StringToSign stringToSign, Signature signature);
}
