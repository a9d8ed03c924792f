package dev.snapgate.app.guice;

import dev.snapgate.signing.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs a loaded key's warnings (e.g. under 2048 bits) once, without key material. */
final class KeyWarnings {

    private static final Logger LOG = LoggerFactory.getLogger(KeyWarnings.class);

    private KeyWarnings() {
    }

    static SigningKey logged(SigningKey key) {
        key.info().warnings().forEach(w -> LOG.warn("{}: {}", key.info().source(), w));
        return key;
    }
}
