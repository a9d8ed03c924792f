package dev.snapgate.signing;

import java.util.List;
import java.util.Objects;

/**
 * What is known about a loaded key, safe to print: where it came from, its format, algorithm, size, the SHA-256
 * fingerprint of its public key (hex of the DER SubjectPublicKeyInfo) and any warnings. Never key material.
 */
public record KeyInfo(String source, KeyFormat format, String algorithm, int bits, String publicKeyFingerprint,
        List<String> warnings) {

    /** Keys shorter than this load with a warning (NICEPAY's own sandbox keys are 1024 and 2047 bits). */
    public static final int RECOMMENDED_BITS = 2048;

    public KeyInfo {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(publicKeyFingerprint, "publicKeyFingerprint");
        warnings = List.copyOf(warnings);
    }
}
