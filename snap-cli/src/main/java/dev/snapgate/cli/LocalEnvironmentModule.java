package dev.snapgate.cli;

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

    /** This module for environment {@code local}, the library's remote one for the others. */
    static com.google.inject.Module forEnvironment(SnapgateSettings settings) {
        return settings.environment() == dev.snapgate.app.Environment.LOCAL ? new LocalEnvironmentModule()
                : new dev.snapgate.app.guice.RemoteEnvironmentModule();
    }

    @Provides
    @Singleton
    Upstream embeddedEmulator(SnapgateSettings settings, SigningKey key, Clock clock) {
        SnapEmulator emulator = SnapEmulator.builder().clock(clock)
                .client(settings.clientKey(), RsaSha256Verifier.of(key), settings.clientSecret())
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
