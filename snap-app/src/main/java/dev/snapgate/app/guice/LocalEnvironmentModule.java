package dev.snapgate.app.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.snapgate.app.SnapgateSettings;
import dev.snapgate.app.Upstream;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.signing.RsaSha256Verifier;
import dev.snapgate.signing.SigningKey;
import java.net.URI;
import java.time.Clock;

/**
 * Environment {@code local}: starts the embedded emulator on 127.0.0.1 (a free port) and registers the configured
 * merchant with the public half of its key and its client secret.
 */
public final class LocalEnvironmentModule extends AbstractModule {

    @Provides
    @Singleton
    Upstream embeddedEmulator(SnapgateSettings settings, SigningKey key, Clock clock) {
        SnapEmulator emulator = SnapEmulator.builder().clock(clock)
                .client(settings.clientKey(), RsaSha256Verifier.of(key), settings.clientSecret().orElse(null))
                .start();
        return new Upstream() {
            @Override
            public URI baseUrl() {
                return emulator.baseUrl();
            }

            @Override
            public String description() {
                return "the embedded NICEPAY SNAP emulator at " + emulator.baseUrl();
            }

            @Override
            public boolean embedded() {
                return true;
            }

            @Override
            public void close() {
                emulator.close();
            }
        };
    }
}
