package dev.snapgate.benchmarks;

import dev.snapgate.signing.PemKeyLoader;
import dev.snapgate.signing.SigningKey;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;

/** One RSA-2048 key pair, as the JDK sees it (baselines) and as snapgate loads it (from PEM text). */
final class BenchKeys {

    static final KeyPair PAIR;
    static final SigningKey SNAPGATE_KEY;

    static {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PAIR = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(PAIR.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        SNAPGATE_KEY = PemKeyLoader.parse(pem, "benchmark key", Optional.empty());
    }

    private BenchKeys() {
    }
}
