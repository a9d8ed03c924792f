package dev.snapgate.domain.notification;

import dev.snapgate.domain.internal.BodyDigest;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.SignatureVerifier;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.notification.NotificationVerification.Outcome;
import dev.snapgate.domain.replay.ReplayStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies NICEPAY's notifications (VA paid, QRIS, e-wallet): {@code SHA256withRSA} over
 * {@code X-CLIENT-KEY + "|" + X-TIMESTAMP} with NICEPAY's notification public key, the client key the merchant
 * expects (when given), the timestamp within {@code window} of the clock either way, and, with a
 * {@link ReplayStore}, the same signed notification accepted only once within the window. Takes the raw header
 * values, so any HTTP framework can use it. Thread-safe; never throws for bad input, it says why in the result, and
 * never quotes a header's raw text in that reason.
 *
 * <pre>{@code
 * NotificationVerifier verifier = NotificationVerifier.builder(nicepayKey)
 *         .expectedClientKey(ClientKey.of("IONPAYTEST"))
 *         .replayStore(new InMemoryReplayStore(clock))
 *         .build();
 * }</pre>
 */
public final class NotificationVerifier {

    /** Default tolerance between the notification's timestamp and our clock. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

    private final SignatureVerifier nicepayPublicKey;
    private final Clock clock;
    private final Duration window;
    private final ClientKey expectedClientKey;
    private final ReplayStore replays;

    private NotificationVerifier(Builder b) {
        this.nicepayPublicKey = b.nicepayPublicKey;
        this.clock = b.clock;
        this.window = b.window;
        this.expectedClientKey = b.expectedClientKey;
        this.replays = b.replays;
    }

    /** Any client key, no replay detection (see {@link #builder} for both). */
    public NotificationVerifier(SignatureVerifier nicepayPublicKey, Clock clock, Duration window) {
        this(builder(nicepayPublicKey).clock(clock).window(window));
    }

    public NotificationVerifier(SignatureVerifier nicepayPublicKey, Clock clock) {
        this(nicepayPublicKey, clock, DEFAULT_WINDOW);
    }

    public static Builder builder(SignatureVerifier nicepayPublicKey) {
        return new Builder(nicepayPublicKey);
    }

    /**
     * @param clientKey the {@code X-CLIENT-KEY} header, may be null
     * @param timestamp the {@code X-TIMESTAMP} header, may be null
     * @param signature the {@code X-SIGNATURE} header, may be null
     */
    public NotificationVerification verify(String clientKey, String timestamp, String signature) {
        return verify(clientKey, timestamp, signature, null);
    }

    /**
     * As {@link #verify(String, String, String)}, with the body bytes as received: with a {@link ReplayStore}, the
     * replay key then includes the body, so two different notifications signed in the same second (whose headers
     * are byte-identical, PKCS#1 v1.5 being deterministic) are both accepted, and only the same notification twice
     * is a replay. Prefer this form whenever a replay store is set.
     *
     * @param body the notification's body bytes, may be null (headers only)
     */
    public NotificationVerification verify(String clientKey, String timestamp, String signature, byte[] body) {
        if (isBlank(clientKey) || isBlank(timestamp) || isBlank(signature)) {
            return new NotificationVerification(Outcome.MISSING_HEADER, "X-CLIENT-KEY, X-TIMESTAMP and X-SIGNATURE are"
                    + " all required");
        }
        ClientKey key;
        try {
            key = ClientKey.of(clientKey.strip());
        } catch (IllegalArgumentException e) {
            return new NotificationVerification(Outcome.MALFORMED_CLIENT_KEY, "X-CLIENT-KEY is not a valid client key"
                    + " (" + clientKey.length() + " characters)");
        }
        if (expectedClientKey != null && !expectedClientKey.equals(key)) {
            return new NotificationVerification(Outcome.UNEXPECTED_CLIENT_KEY, "X-CLIENT-KEY is not the client key"
                    + " this merchant expects (" + expectedClientKey + ")");
        }
        SnapTimestamp ts;
        try {
            ts = SnapTimestamp.parse(timestamp.strip());
        } catch (IllegalArgumentException e) {
            return new NotificationVerification(Outcome.MALFORMED_TIMESTAMP, "X-TIMESTAMP is malformed; SNAP sends"
                    + " e.g. 2024-12-31T10:11:40+07:00 (" + timestamp.length() + " characters received)");
        }
        Instant now = clock.instant();
        Duration offset = Duration.between(now, ts.instant()).abs();
        if (offset.compareTo(window) > 0) {
            return new NotificationVerification(Outcome.OUTSIDE_WINDOW, "X-TIMESTAMP is " + offset.toSeconds()
                    + " s away from now, outside the " + window.toSeconds() + " s window (a replay, or a clock off)");
        }
        Signature sig;
        try {
            sig = Signature.parse(signature.strip());
        } catch (IllegalArgumentException e) {
            return new NotificationVerification(Outcome.MALFORMED_SIGNATURE, "X-SIGNATURE is not Base64");
        }
        if (!nicepayPublicKey.verify(StringToSign.forTokenRequest(key, ts), sig)) {
            return new NotificationVerification(Outcome.BAD_SIGNATURE, "X-SIGNATURE does not verify with NICEPAY's"
                    + " notification public key (wrong key, or a forged or altered notification)");
        }
        // recorded only once the signature verifies: a forger cannot fill the store
        if (replays != null) {
            boolean first;
            try {
                first = replays.firstUse(replayId(key, ts, sig, body), ts.instant().plus(window));
            } catch (RuntimeException storeDown) {
                return new NotificationVerification(Outcome.REPLAY_CHECK_FAILED, "the signature is valid, but the"
                        + " replay store could not be asked (" + storeDown.getClass().getSimpleName() + "); answer"
                        + " with a 5xx so NICEPAY sends it again later");
            }
            if (!first) {
                return new NotificationVerification(Outcome.REPLAYED, "this signed notification (same timestamp and"
                        + " signature) was already accepted; a replay is ignored");
            }
        }
        return new NotificationVerification(Outcome.VALID, "signature valid and timestamp within "
                + window.toSeconds() + " s; confirm the state with a status inquiry before acting on money");
    }

    /**
     * The replay key: the signature's decoded bytes (so the same signature written without padding, or with other
     * unused low bits in its last Base64 character, is the same signature), the signed header values, and the body.
     */
    private static String replayId(ClientKey key, SnapTimestamp ts, Signature sig, byte[] body) {
        java.io.ByteArrayOutputStream id = new java.io.ByteArrayOutputStream();
        id.writeBytes((key.value() + "|" + ts.value() + "|").getBytes(StandardCharsets.UTF_8));
        id.writeBytes(sig.bytes());
        if (body != null) {
            id.writeBytes(("|" + BodyDigest.sha256Hex(body)).getBytes(StandardCharsets.UTF_8));
        }
        return "notification:" + BodyDigest.sha256Hex(id.toByteArray());
    }

    /** The client key this verifier insists on, if any. */
    public Optional<ClientKey> expectedClientKey() {
        return Optional.ofNullable(expectedClientKey);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Builds a {@link NotificationVerifier}. Defaults: UTC system clock, 5 min window, any client key, no replay. */
    public static final class Builder {
        private final SignatureVerifier nicepayPublicKey;
        private Clock clock = Clock.systemUTC();
        private Duration window = DEFAULT_WINDOW;
        private ClientKey expectedClientKey;
        private ReplayStore replays;

        private Builder(SignatureVerifier nicepayPublicKey) {
            this.nicepayPublicKey = Objects.requireNonNull(nicepayPublicKey, "nicepayPublicKey");
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How far the timestamp may be from now, either way; must not be negative. */
        public Builder window(Duration window) {
            Objects.requireNonNull(window, "window");
            if (window.isNegative()) {
                throw new IllegalArgumentException("window must not be negative, got " + window);
            }
            this.window = window;
            return this;
        }

        /** Only notifications presenting this {@code X-CLIENT-KEY} are accepted. */
        public Builder expectedClientKey(ClientKey clientKey) {
            this.expectedClientKey = Objects.requireNonNull(clientKey, "clientKey");
            return this;
        }

        /** Recognise a second delivery of the same signed notification within the window. */
        public Builder replayStore(ReplayStore store) {
            this.replays = Objects.requireNonNull(store, "store");
            return this;
        }

        public NotificationVerifier build() {
            return new NotificationVerifier(this);
        }
    }
}
