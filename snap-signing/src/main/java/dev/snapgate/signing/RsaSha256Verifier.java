package dev.snapgate.signing;

import dev.snapgate.domain.Signature;
import dev.snapgate.domain.SignatureVerifier;
import dev.snapgate.domain.StringToSign;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Objects;

/** Verifies {@code SHA256withRSA} signatures with an RSA public key. Thread-safe (engines pooled per verifier). */
public final class RsaSha256Verifier implements SignatureVerifier {

    private final KeyInfo info;
    private final PublicKey key;
    private final EnginePool<java.security.Signature> engines;

    RsaSha256Verifier(PublicKey key, KeyInfo info) {
        this.key = Objects.requireNonNull(key, "key");
        this.info = Objects.requireNonNull(info, "info");
        this.engines = new EnginePool<>(() -> {
            try {
                java.security.Signature engine = java.security.Signature.getInstance("SHA256withRSA");
                engine.initVerify(key);
                return engine;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot verify with this RSA public key", e);
            }
        });
    }

    /** A verifier for the public half of a loaded private key (to check one's own signatures). */
    public static RsaSha256Verifier of(SigningKey key) {
        PublicKey publicKey = RsaKeys.publicOf(key.privateKey());
        if (publicKey == null) {
            throw new IllegalArgumentException("the key does not carry its public exponent");
        }
        return new RsaSha256Verifier(publicKey, key.info());
    }

    public KeyInfo info() {
        return info;
    }

    /**
     * The public key as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo), e.g. to hand the
     * emulator's notification key to a merchant server. A public key is not a secret.
     */
    public String toPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    @Override
    public boolean verify(StringToSign stringToSign, Signature signature) {
        Objects.requireNonNull(stringToSign, "stringToSign");
        Objects.requireNonNull(signature, "signature");
        java.security.Signature engine = engines.borrow();
        try {
            engine.update(stringToSign.utf8());
            boolean valid = engine.verify(signature.bytes());
            engines.giveBack(engine);
            return valid;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // a malformed signature is just an invalid one; the engine's state is unknown, so it is not given back
            return false;
        }
    }

    @Override
    public String toString() {
        return "RsaSha256Verifier[" + info.publicKeyFingerprint() + "]";
    }
}
