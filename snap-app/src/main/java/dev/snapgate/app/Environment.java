package dev.snapgate.app;

import dev.snapgate.domain.error.SnapConfigurationException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where snapgate talks to. */
public enum Environment {
    /** The embedded emulator with a throwaway demo merchant: works offline, nothing to configure. */
    LOCAL(null),
    /** NICEPAY's sandbox. */
    SANDBOX(URI.create("https://dev.nicepay.co.id")),
    /** NICEPAY's production. */
    PRODUCTION(URI.create("https://www.nicepay.co.id")),
    /** Any other base URL (staging, cloud hosts, a platform's own emulator). */
    CUSTOM(null);

    private final URI defaultBaseUrl;

    Environment(URI defaultBaseUrl) {
        this.defaultBaseUrl = defaultBaseUrl;
    }

    public Optional<URI> defaultBaseUrl() {
        return Optional.ofNullable(defaultBaseUrl);
    }

    /** @throws SnapConfigurationException listing the choices */
    public static Environment parse(String text, String origin) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.name().equals(t)).findFirst()
                .orElseThrow(() -> new SnapConfigurationException("unknown environment '" + text + "' (from " + origin
                        + "); use local, sandbox, production or custom"));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
