package dev.snapgate.app.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.snapgate.app.SnapgateSettings;
import dev.snapgate.app.Upstream;
import dev.snapgate.domain.error.SnapConfigurationException;
import java.net.URI;

/**
 * Environments {@code sandbox}, {@code production} and {@code custom}: a remote upstream at the base URL the settings
 * resolved and validated (NICEPAY's default for the environment, https unless loopback).
 */
public final class RemoteEnvironmentModule extends AbstractModule {

    @Provides
    @Singleton
    Upstream remote(SnapgateSettings settings) {
        URI baseUrl = settings.baseUrl().orElseThrow(() -> new SnapConfigurationException(
                "environment " + settings.environment() + " needs a base URL"));
        String description = "NICEPAY " + settings.environment() + " at " + baseUrl;
        return new Upstream() {
            @Override
            public URI baseUrl() {
                return baseUrl;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public boolean embedded() {
                return false;
            }

            @Override
            public void close() {
                // nothing held: the HTTP client closes its idle connections itself
            }
        };
    }
}
