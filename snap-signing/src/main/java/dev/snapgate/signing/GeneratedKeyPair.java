package dev.snapgate.signing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

/**
 * A fresh RSA key pair that lives only in memory: the throwaway demo merchant of the local emulator environment, and
 * tests. The private half stays inside {@link SigningKey}.
 */
public record GeneratedKeyPair(SigningKey signingKey, RsaSha256Verifier verifier) {

    /** Generates an RSA key pair of {@code bits} (2048 or more recommended). */
    public static GeneratedKeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            KeyPair pair = generator.generateKeyPair();
            KeyInfo info = RsaKeys.describe("generated in memory", KeyFormat.PEM_PKCS8, pair.getPrivate(),
                    pair.getPublic());
            return new GeneratedKeyPair(new SigningKey(pair.getPrivate(), info),
                    new RsaSha256Verifier(pair.getPublic(), info));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is required by every JDK", e);
        }
    }
}
