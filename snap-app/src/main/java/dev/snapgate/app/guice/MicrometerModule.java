package dev.snapgate.app.guice;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import java.util.Optional;

/**
 * Attaches Micrometer to the Guice-built {@code SnapClient}: its meters go to {@code registry} and, when given, its
 * token and service calls become observations in {@code observations}. Install it next to the environment's modules
 * (only a platform that uses this module needs Micrometer on its classpath).
 */
public final class MicrometerModule extends AbstractModule {

    private final MeterRegistry registry;
    private final Optional<ObservationRegistry> observations;

    public MicrometerModule(MeterRegistry registry) {
        this(registry, Optional.empty());
    }

    public MicrometerModule(MeterRegistry registry, Optional<ObservationRegistry> observations) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.observations = Objects.requireNonNull(observations, "observations");
    }

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), SnapClientCustomizer.class).addBinding().toInstance(builder -> {
            builder.meterRegistry(registry);
            observations.ifPresent(builder::observationRegistry);
        });
    }
}
