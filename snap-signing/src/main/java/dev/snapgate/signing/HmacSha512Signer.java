package dev.snapgate.signing;

import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.SignatureVerifier;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.SnapKeyException;
import dev.snapgate.domain.StringToSign;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code HMAC-SHA512} keyed with the client secret's literal UTF-8 bytes (never Base64-decoded, though it looks
 * like Base64), Base64-encoded: the SNAP service-call signature. Also verifies, in constant time. Thread-safe (one
 * {@link Mac} per thread, initialised once).
 */
public final class HmacSha512Signer implements Signer, SignatureVerifier {

    private final ThreadLocal<Mac> macs;

    public HmacSha512Signer(Secret clientSecret) {
        Objects.requireNonNull(clientSecret, "clientSecret");
        byte[] keyBytes = clientSecret.revealUtf8();
        SecretKeySpec key = new SecretKeySpec(keyBytes, "HmacSHA512");
        Arrays.fill(keyBytes, (byte) 0);
        this.macs = ThreadLocal.withInitial(() -> {
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
        return Signature.ofBytes(macs.get().doFinal(stringToSign.utf8()));
    }

    @Override
    public boolean verify(StringToSign stringToSign, Signature signature) {
        Objects.requireNonNull(signature, "signature");
        byte[] expected = macs.get().doFinal(stringToSign.utf8());
        return MessageDigest.isEqual(expected, signature.bytes());
    }

    @Override
    public String toString() {
        return "HmacSha512Signer";
    }
}
