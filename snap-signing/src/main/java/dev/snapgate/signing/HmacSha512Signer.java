package dev.snapgate.signing;

import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.SignatureVerifier;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.error.SnapKeyException;
import dev.snapgate.domain.StringToSign;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code HMAC-SHA512} keyed with the client secret's literal UTF-8 bytes (never Base64-decoded, though it looks
 * like Base64), Base64-encoded: the SNAP service-call signature. Also verifies, in constant time. Thread-safe: initialised
 * {@link Mac}s are pooled per signer, so dropping the signer makes the key collectable.
 */
public final class HmacSha512Signer implements Signer, SignatureVerifier {

    private final EnginePool<Mac> macs;

    public HmacSha512Signer(Secret clientSecret) {
        Objects.requireNonNull(clientSecret, "clientSecret");
        byte[] keyBytes = clientSecret.revealUtf8();
        SecretKeySpec key = new SecretKeySpec(keyBytes, "HmacSHA512");
        Arrays.fill(keyBytes, (byte) 0);
        this.macs = new EnginePool<>(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA512");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new SnapKeyException("HmacSHA512 is unavailable (" + e.getClass().getSimpleName() + ")", e);
            }
        });
    }

    @Override
    public Signature sign(StringToSign stringToSign) {
        Objects.requireNonNull(stringToSign, "stringToSign");
        return Signature.ofBytes(hmac(stringToSign));
    }

    @Override
    public boolean verify(StringToSign stringToSign, Signature signature) {
        Objects.requireNonNull(signature, "signature");
        return MessageDigest.isEqual(hmac(stringToSign), signature.bytes());
    }

    /** The HMAC of the string's UTF-8 bytes, on a pooled engine ({@code doFinal} leaves it reset for the next use). */
    private byte[] hmac(StringToSign stringToSign) {
        Mac mac = macs.borrow();
        byte[] result = mac.doFinal(stringToSign.utf8());
        macs.giveBack(mac);
        return result;
    }

    @Override
    public String toString() {
        return "HmacSha512Signer";
    }
}
