package dev.snapgate.app.internal;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local environment's throwaway demo merchant (the embedded emulator), shared by the settings loader and the
 * CLI's {@code emulator} command. Not API.
 */
public final class LocalDemo {

    /** The demo merchant's client key. */
    public static final ClientKey CLIENT = ClientKey.of("SNAPGATE-DEMO");

    private LocalDemo() {
    }

    /** A fresh random client secret for one run of the demo. */
    public static Secret secret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Secret.of(Base64.getEncoder().encodeToString(bytes));
    }
}
