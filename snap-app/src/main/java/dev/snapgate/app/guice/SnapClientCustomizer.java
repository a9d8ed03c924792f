package dev.snapgate.app.guice;

import dev.snapgate.http.SnapClient;

/**
 * Adds settings to the {@link SnapClient} the Guice graph builds (bind any number with a {@code Multibinder}), e.g.
 * a meter registry ({@link MicrometerModule}); applied before the environment's own settings.
 */
@FunctionalInterface
public interface SnapClientCustomizer {

    void customize(SnapClient.Builder builder);
}
