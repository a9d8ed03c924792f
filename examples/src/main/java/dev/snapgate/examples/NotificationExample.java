package dev.snapgate.examples;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.notification.NotificationVerification;
import dev.snapgate.domain.notification.NotificationVerifier;
import dev.snapgate.domain.replay.InMemoryReplayStore;
import dev.snapgate.signing.PublicKeyLoader;
import dev.snapgate.signing.RsaSha256Verifier;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Verifying a notification's headers only (when the platform handles the rest itself; {@code SnapInbound} does all of
 * it). The README shows the body of {@link #check} verbatim; {@code ExamplesIT} checks that.
 */
public final class NotificationExample {

    private NotificationExample() {
    }

    public static String check(HttpServletRequest request, byte[] body, Path nicepayPublicKey) {
        RsaSha256Verifier nicepayKey = PublicKeyLoader.load(nicepayPublicKey);
        NotificationVerifier verifier = NotificationVerifier.builder(nicepayKey)
                .expectedClientKey(ClientKey.of("IONPAYTEST"))            // refuse notifications for another client key
                .replayStore(new InMemoryReplayStore(Clock.systemUTC()))   // the same signed notification twice: REPLAYED
                .window(Duration.ofMinutes(5))
                .build();

        NotificationVerification result = verifier.verify(
                request.getHeader("X-CLIENT-KEY"), request.getHeader("X-TIMESTAMP"), request.getHeader("X-SIGNATURE"),
                body);                                    // two notifications of one second share their headers
        if (!result.isValid()) {
            return reject(401, result.reason());          // MISSING_HEADER, UNEXPECTED_CLIENT_KEY, REPLAYED, BAD_SIGNATURE, ...
        }
        // the body is not signed: confirm the payment with a status inquiry before acting on money
        return "accepted";
    }

    private static String reject(int status, String reason) {
        return status + " " + reason;
    }
}
