package dev.snapgate.spring;

import dev.snapgate.http.SnapClient;

/** A bean that adjusts the auto-configured {@link SnapClient} before it is built (listeners, resilience, ...). */
@FunctionalInterface
public interface SnapClientCustomizer {

    void customize(SnapClient.Builder builder);
}
