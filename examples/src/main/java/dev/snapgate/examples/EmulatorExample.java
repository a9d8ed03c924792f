package dev.snapgate.examples;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.emulator.SnapEmulator;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** The emulator's Java API as the README shows it (verbatim, checked by {@code ExamplesIT}, which also runs it). */
public final class EmulatorExample {

    private EmulatorExample() {
    }

    /** Starts an emulator, scripts faults, revokes tokens and reads the journal. */
    public static void script(Path merchantPublicKey, String clientSecret) {
        try (SnapEmulator emulator = SnapEmulator.builder()
                .client(ClientKey.of("IONPAYTEST"), merchantPublicKey, Secret.of(clientSecret))
                .tokenLifetime(Duration.ofSeconds(900)).skew(Duration.ofMinutes(5))
                .start()) {
            URI base = emulator.baseUrl();                                        // point snapgate here
            emulator.faults().token().next(2).respond(503, "5037300");            // next 2 token calls
            emulator.faults().token().next(1).html(502);                          // a gateway's HTML page
            emulator.faults().service(SnapService.EWALLET_PAYMENT).next(1).delay(Duration.ofSeconds(20));
            emulator.faults().token().next(1).dropConnection();                   // or emptyResponse(), body(200, "garbage")
            emulator.revokeAllTokens();                                           // or expireAllTokens()
            emulator.journal().tokenRequests();                                   // what arrived, with headers and bodies
        }
    }
}
