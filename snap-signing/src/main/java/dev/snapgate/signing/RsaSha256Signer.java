package dev.snapgate.signing;

import dev.snapgate.domain.Signature;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.SnapKeyException;
import dev.snapgate.domain.StringToSign;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Objects;

/**
 * {@code SHA256withRSA} (RSASSA-PKCS1-v1_5) over the UTF-8 bytes of a string to sign, Base64-encoded: the SNAP
 * token-request signature. Thread-safe: each thread keeps one {@link java.security.Signature} initialised with the
 * key, because the JDK object is not thread-safe and re-initialising it per call costs more than the reuse.
 */
public final class RsaSha256Signer implements Signer {

    private final ThreadLocal<java.security.Signature> engines;

    RsaSha256Signer(PrivateKey key) {
        Objects.requireNonNull(key, "key");
        this.engines = ThreadLocal.withInitial(() -> {
            try {
                java.security.Signature engine = java.security.Signature.getInstance("SHA256withRSA");
                engine.initSign(key);
                return engine;
            } catch (GeneralSecurityException e) {
                throw new SnapKeyException("the private key cannot sign with SHA256withRSA ("
                        + e.getClass().getSimpleName() + "); use an RSA key", e);
            }
        });
        engines.get();
    }

    @Override
    public Signature sign(StringToSign stringToSign) {
        Objects.requireNonNull(stringToSign, "stringToSign");
        java.security.Signature engine = engines.get();
        try {
            engine.update(stringToSign.utf8());
            return Signature.ofBytes(engine.sign());
        } catch (GeneralSecurityException e) {
            engines.remove();
            throw new SnapKeyException("SHA256withRSA signing failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public String toString() {
        return "RsaSha256Signer";
    }
}
