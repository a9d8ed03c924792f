package dev.snapgate.app.guice;

import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.Stage;
import dev.snapgate.app.Environment;
import dev.snapgate.app.Gateway;
import dev.snapgate.app.KeySource;
import dev.snapgate.app.SnapgateSettings;
import java.util.List;

/** Chooses the modules for given settings: the one place where variants are decided. */
public final class SnapgateModules {

    private SnapgateModules() {
    }

    public static List<Module> forSettings(SnapgateSettings settings) {
        Module environment = settings.environment() == Environment.LOCAL ? new LocalEnvironmentModule()
                : new RemoteEnvironmentModule();
        KeySource source = settings.keySource();
        Module keys;
        if (source instanceof KeySource.PemFile pem) {
            keys = new PemKeyModule(pem);
        } else if (source instanceof KeySource.KeyStoreFile store) {
            keys = new KeyStoreModule(store);
        } else {
            keys = new GeneratedKeyModule();
        }
        return List.of(new CoreModule(settings), environment, keys);
    }

    /** Builds a {@link Gateway} for {@code settings} (production stage: every singleton eagerly). */
    public static Gateway gateway(SnapgateSettings settings) {
        try {
            return Guice.createInjector(Stage.PRODUCTION, forSettings(settings)).getInstance(Gateway.class);
        } catch (com.google.inject.CreationException | com.google.inject.ProvisionException e) {
            throw Unwrap.snapCause(e);
        }
    }
}
