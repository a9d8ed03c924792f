package dev.snapgate.app.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.snapgate.app.KeySource;
import dev.snapgate.signing.SigningKey;
import java.util.Objects;

/** The private key from a PEM or bare Base64 file (read when first needed, not when the module is built). */
public final class PemKeyModule extends AbstractModule {

    private final KeySource.PemFile source;

    public PemKeyModule(KeySource.PemFile source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Provides
    @Singleton
    SigningKey signingKey() {
        return KeyWarnings.logged(source.load());
    }
}
