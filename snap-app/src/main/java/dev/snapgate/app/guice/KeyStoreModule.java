package dev.snapgate.app.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.snapgate.app.KeySource;
import dev.snapgate.signing.SigningKey;
import java.util.Objects;

/** The private key from a PKCS#12 keystore. */
public final class KeyStoreModule extends AbstractModule {

    private final KeySource.KeyStoreFile source;

    public KeyStoreModule(KeySource.KeyStoreFile source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Provides
    @Singleton
    SigningKey signingKey() {
        return KeyWarnings.logged(source.load());
    }
}
