package dev.snapgate.domain.notification;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.SignatureVerifier;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.notification.NotificationVerification.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Verifies NICEPAY's notifications (VA paid, QRIS, e-wallet): {@code SHA256withRSA} over
 * {@code X-CLIENT-KEY + "|" + X-TIMESTAMP} with NICEPAY's notification public key, and the timestamp within
 * {@code window} of the clock either way (a valid signature replayed later is refused). Takes the raw header values,
 * so any HTTP framework can use it. Thread-safe; never throws for bad input, it says why in the result.
 */
public final class NotificationVerifier {

    /** Default tolerance between the notification's timestamp and our clock. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

    private final SignatureVerifier nicepayPublicKey;
    private final Clock clock;
    private final Duration window;

    public NotificationVerifier(SignatureVerifier nicepayPublicKey, Clock clock, Duration window) {
        this.nicepayPublicKey = Objects.requireNonNull(nicepayPublicKey, "nicepayPublicKey");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.window = Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("window must not be negative");
        }
    }

    public NotificationVerifier(SignatureVerifier nicepayPublicKey, Clock clock) {
        this(nicepayPublicKey, clock, DEFAULT_WINDOW);
    }

    /**
     * @param clientKey the {@code X-CLIENT-KEY} header, may be null
     * @param timestamp the {@code X-TIMESTAMP} header, may be null
     * @param signature the {@code X-SIGNATURE} header, may be null
     */
    public NotificationVerification verify(String clientKey, String timestamp, String signature) {
        if (isBlank(clientKey) || isBlank(timestamp) || isBlank(signature)) {
            return new NotificationVerification(Outcome.MISSING_HEADER, "X-CLIENT-KEY, X-TIMESTAMP and X-SIGNATURE are"
                    + " all required");
        }
        ClientKey key;
        SnapTimestamp ts;
        try {
            key = ClientKey.of(clientKey.strip());
            ts = SnapTimestamp.parse(timestamp.strip());
        } catch (IllegalArgumentException e) {
            return new NotificationVerification(Outcome.MALFORMED_TIMESTAMP, "X-CLIENT-KEY or X-TIMESTAMP is malformed: "
                    + e.getMessage());
        }
        Instant now = clock.instant();
        Duration offset = Duration.between(now, ts.instant()).abs();
        if (offset.compareTo(window) > 0) {
            return new NotificationVerification(Outcome.OUTSIDE_WINDOW, "X-TIMESTAMP is " + offset.toSeconds()
                    + " s away from now, outside the " + window.toSeconds() + " s window (a replay, or a clock off)");
        }
        Signature sig;
        try {
            sig = Signature.parse(signature);
        } catch (IllegalArgumentException e) {
            return new NotificationVerification(Outcome.MALFORMED_SIGNATURE, "X-SIGNATURE is not Base64");
        }
        if (!nicepayPublicKey.verify(StringToSign.forTokenRequest(key, ts), sig)) {
            return new NotificationVerification(Outcome.BAD_SIGNATURE, "X-SIGNATURE does not verify with NICEPAY's"
                    + " notification public key (wrong key, or a forged or altered notification)");
        }
        return new NotificationVerification(Outcome.VALID, "signature valid and timestamp within "
                + window.toSeconds() + " s; confirm the state with a status inquiry before acting on money");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
