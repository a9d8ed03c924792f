package dev.snapgate.signing;

import dev.snapgate.domain.Signature;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.error.SnapKeyException;
import dev.snapgate.domain.StringToSign;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Objects;

/**
 * {@code SHA256withRSA} (RSASSA-PKCS1-v1_5) over the UTF-8 bytes of a string to sign, Base64-encoded: the SNAP
 * token-request signature. Thread-safe: initialised {@link java.security.Signature} engines are pooled per signer
 * (the JDK object is not thread-safe, and re-initialising it per call costs more than the reuse); dropping the signer
 * makes the key collectable, which thread-locals did not.
 */
final class RsaSha256Signer implements Signer {

    private final EnginePool<java.security.Signature> engines;

    RsaSha256Signer(PrivateKey key) {
        Objects.requireNonNull(key, "key");
        this.engines = new EnginePool<>(() -> {
            try {
                java.security.Signature engine = java.security.Signature.getInstance("SHA256withRSA");
                engine.initSign(key);
                return engine;
            } catch (GeneralSecurityException e) {
                throw new SnapKeyException("the private key cannot sign with SHA256withRSA ("
                        + e.getClass().getSimpleName() + "); use an RSA key", e);
            }
        });
        engines.giveBack(engines.borrow()); // fail now, not on first use, for a key that cannot sign
    }

    @Override
    public Signature sign(StringToSign stringToSign) {
        Objects.requireNonNull(stringToSign, "stringToSign");
        java.security.Signature engine = engines.borrow();
        try {
            engine.update(stringToSign.utf8());
            Signature signature = Signature.ofBytes(engine.sign());
            engines.giveBack(engine);
            return signature;
        } catch (GeneralSecurityException e) {
            // the engine's state is unknown now: it is not given back
            throw new SnapKeyException("SHA256withRSA signing failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public String toString() {
        return "RsaSha256Signer";
    }
}
