package dev.snapgate.app.guice;

import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.Stage;
import dev.snapgate.app.Environment;
import dev.snapgate.app.ConfiguredClient;
import dev.snapgate.app.KeySource;
import dev.snapgate.app.SnapgateSettings;
import dev.snapgate.domain.error.SnapConfigurationException;
import java.util.List;
import java.util.Objects;

/** Chooses the modules for given settings: the one place where variants are decided. */
public final class SnapgateModules {

    private SnapgateModules() {
    }

    /**
     * {@link CoreModule}, {@link RemoteEnvironmentModule} and the key module for {@code settings}.
     *
     * @throws SnapConfigurationException for environment {@code local}: the embedded emulator belongs to the
     *     {@code snapgate} CLI, not to the library; pass your own environment module to
     *     {@link #forSettings(SnapgateSettings, Module, Module...)} instead
     */
    public static List<Module> forSettings(SnapgateSettings settings) {
        if (settings.environment() == Environment.LOCAL) {
            throw new SnapConfigurationException("environment local runs the embedded emulator, which is part of the"
                    + " snapgate CLI, not of the library: use sandbox, production or custom, or give an environment"
                    + " module that binds Upstream to SnapgateModules.forSettings(settings, module)");
        }
        return forSettings(settings, new RemoteEnvironmentModule());
    }

    /**
     * {@link CoreModule}, the given environment module (it binds {@code Upstream}) and the key module, plus
     * {@code more} (e.g. one that sets a shared {@code TokenStore} through Guice's {@code OptionalBinder}).
     */
    public static List<Module> forSettings(SnapgateSettings settings, Module environment, Module... more) {
        Objects.requireNonNull(environment, "environment");
        KeySource source = settings.keySource();
        Module keys;
        if (source instanceof KeySource.PemFile pem) {
            keys = new PemKeyModule(pem);
        } else if (source instanceof KeySource.KeyStoreFile store) {
            keys = new KeyStoreModule(store);
        } else {
            keys = new GeneratedKeyModule();
        }
        List<Module> modules = new java.util.ArrayList<>(List.of(new CoreModule(settings), environment, keys));
        modules.addAll(List.of(more));
        return List.copyOf(modules);
    }

    /** Builds a {@link ConfiguredClient} for {@code settings} (production stage: every singleton eagerly). */
    public static ConfiguredClient configuredClient(SnapgateSettings settings) {
        return configuredClient(forSettings(settings));
    }

    /** Builds a {@link ConfiguredClient} with the given environment module and any more modules. */
    public static ConfiguredClient configuredClient(SnapgateSettings settings, Module environment, Module... more) {
        return configuredClient(forSettings(settings, environment, more));
    }

    private static ConfiguredClient configuredClient(List<Module> modules) {
        try {
            return Guice.createInjector(Stage.PRODUCTION, modules).getInstance(ConfiguredClient.class);
        } catch (com.google.inject.CreationException | com.google.inject.ProvisionException e) {
            throw Unwrap.snapCause(e);
        }
    }
}
