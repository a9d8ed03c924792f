package dev.snapgate.app;

import dev.snapgate.domain.Secret;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where the merchant's RSA private key comes from. */
public sealed interface KeySource {

    /** A PEM or bare Base64 key file, with a password when it is encrypted. */
    record PemFile(Path path, Optional<Secret> password) implements KeySource {
        public PemFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(password, "password");
        }
    }

    /** A PKCS#12 keystore. */
    record KeyStoreFile(Path path, Secret storePassword, Optional<String> alias, Optional<Secret> keyPassword)
            implements KeySource {
        public KeyStoreFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(storePassword, "storePassword");
            Objects.requireNonNull(alias, "alias");
            Objects.requireNonNull(keyPassword, "keyPassword");
        }
    }

    /** A throwaway key pair made in memory at start (the local environment's demo merchant). */
    record Generated() implements KeySource {
    }
}
