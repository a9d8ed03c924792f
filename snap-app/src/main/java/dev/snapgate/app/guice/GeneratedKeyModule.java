package dev.snapgate.app.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.snapgate.app.KeySource;
import dev.snapgate.signing.SigningKey;

/** A throwaway RSA-2048 key pair made in memory: the local environment's demo merchant. */
public final class GeneratedKeyModule extends AbstractModule {

    @Provides
    @Singleton
    SigningKey signingKey() {
        return new KeySource.Generated().load();
    }
}
