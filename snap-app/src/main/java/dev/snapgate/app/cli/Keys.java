package dev.snapgate.app.cli;

import dev.snapgate.app.KeySource;
import dev.snapgate.signing.GeneratedKeyPair;
import dev.snapgate.signing.Pkcs12KeyStoreLoader;
import dev.snapgate.signing.PemKeyLoader;
import dev.snapgate.signing.SigningKey;

/** Loads the key a {@link KeySource} describes, for commands that sign without wiring a whole gateway. */
final class Keys {

    private Keys() {
    }

    static SigningKey load(KeySource source) {
        if (source instanceof KeySource.PemFile pem) {
            return PemKeyLoader.load(pem.path(), pem.password());
        }
        if (source instanceof KeySource.KeyStoreFile store) {
            return Pkcs12KeyStoreLoader.load(store.path(), store.storePassword(), store.alias(), store.keyPassword());
        }
        return GeneratedKeyPair.rsa(2048).signingKey();
    }
}
