package dev.snapgate.app;

import dev.snapgate.domain.Secret;
import dev.snapgate.signing.GeneratedKeyPair;
import dev.snapgate.signing.PemKeyLoader;
import dev.snapgate.signing.Pkcs12KeyStoreLoader;
import dev.snapgate.signing.SigningKey;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where the merchant's RSA private key comes from. */
public sealed interface KeySource {

    /**
     * Loads (or, for {@link Generated}, makes) the key.
     *
     * @throws dev.snapgate.domain.error.SnapKeyException naming the file, the format detected and the fix
     */
    SigningKey load();

    /** A PEM or bare Base64 key file, with a password when it is encrypted. */
    record PemFile(Path path, Optional<Secret> password) implements KeySource {
        public PemFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public SigningKey load() {
            return PemKeyLoader.load(path, password);
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

        @Override
        public SigningKey load() {
            return Pkcs12KeyStoreLoader.load(path, storePassword, alias, keyPassword);
        }
    }

    /** A throwaway key pair made in memory at start (the local environment's demo merchant). */
    record Generated() implements KeySource {

        @Override
        public SigningKey load() {
            return GeneratedKeyPair.rsa(2048).signingKey();
        }
    }
}
