package dev.snapgate.signing;

import dev.snapgate.domain.Signer;
import java.security.PrivateKey;
import java.util.Objects;

/**
 * A loaded RSA private key, opaque outside this package: it can describe itself ({@link #info()}) and make a
 * {@link Signer}, and nothing else. Immutable and thread-safe; {@link #toString()} shows the description only.
 */
public final class SigningKey {

    private final PrivateKey privateKey;
    private final KeyInfo info;

    SigningKey(PrivateKey privateKey, KeyInfo info) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.info = Objects.requireNonNull(info, "info");
    }

    public KeyInfo info() {
        return info;
    }

    /** A thread-safe {@code SHA256withRSA} signer over this key. */
    public Signer signer() {
        return new RsaSha256Signer(privateKey);
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    @Override
    public String toString() {
        return "SigningKey[" + info.format() + ", " + info.algorithm() + " " + info.bits() + " bits, "
                + info.publicKeyFingerprint() + "]";
    }
}
