package dev.snapgate.inbound;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.SignatureVerifier;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.inbound.Bills;
import dev.snapgate.domain.inbound.NotificationConfirmer;
import dev.snapgate.domain.inbound.NotificationReceiver;
import dev.snapgate.domain.notification.NotificationVerifier;
import dev.snapgate.domain.replay.IdempotencyStore;
import dev.snapgate.domain.replay.InMemoryIdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound core: the merchant as a SNAP server for NICEPAY, independent of any web framework. One entry,
 * {@link #handle}, for:
 *
 * <ul>
 *   <li><b>B2B token issuance</b> at {@code .../api/v1.0/access-token/b2b}: NICEPAY's {@code SHA256withRSA} signature
 *       over {@code X-CLIENT-KEY|X-TIMESTAMP}, the client key the merchant expects, the timestamp window; each signed
 *       header tuple obtains one token; answers {@code 2007300} with a stateless bearer token ({@link InboundTokens}).
 *   </li>
 *   <li><b>VA inquiry (24) and payment (25)</b> at {@code .../api/v1.0/transfer-va/inquiry} and {@code .../payment}:
 *       bearer token, HMAC-SHA512 (SNAP-SPEC §3) with the client secret, headers and NICEPAY's field rules, then the
 *       platform's {@link Bills} — once per {@code X-EXTERNAL-ID} per Jakarta day of the signed timestamp and once per
 *       signature.</li>
 *   <li><b>Notifications</b> at NICEPAY's documented paths — VA {@code .../api/v1.0/transfer-va/payment} (RSA-signed,
 *       no {@code Authorization}), QRIS {@code .../api/v1.0/qr/qr-mpm-notify}, e-wallet {@code .../api/v1.0/debit/notify},
 *       payout {@code .../api/v1.0/transfer/notify} — and the alias (default {@code /notify}, the kind told by the
 *       body): signed headers, a typed body, then the platform's {@link NotificationReceiver} once per distinct
 *       notification.</li>
 * </ul>
 *
 * <p><b>Exactly once.</b> Work is recorded in an {@link IdempotencyStore} as a small state machine: <i>pending</i>
 * while the platform processes it, <i>done</i> with its answer on success, <i>released</i> when the platform fails
 * (answered {@code 500XX00}, so NICEPAY's retry is processed anew). A duplicate that arrives while the first is still
 * pending is answered {@code 500XX00} (come again later). After success, a repeated inquiry or payment (same
 * {@code X-EXTERNAL-ID} that day, or the same signature) gets {@code 409XX00}; a notification delivered again gets
 * the original success and the receiver is not called again.
 *
 * <p>Paths match by suffix, so a platform can mount them under any prefix. Every rejection uses the SNAP code of the
 * service it answers, and no answer ever echoes a header value, a token or a secret. Thread-safe: build one and share
 * it between requests.
 */
public final class SnapInbound {

    private static final Logger LOG = LoggerFactory.getLogger(SnapInbound.class);

    private final TokenEndpoint token;
    private final VaEndpoint va;
    private final NotificationEndpoint notifications;
    private final SourceFilter sources;
    private final Clock clock;
    private final String notificationPath;
    private final int maxBodyBytes;
    private final InboundListener listener;

    private SnapInbound(Builder b) {
        InboundTokens tokens = new InboundTokens(b.tokenKey != null ? b.tokenKey : InboundTokens.randomKey(), b.clock,
                b.tokenLifetime);
        IdempotencyStore store = b.store != null ? b.store : new InMemoryIdempotencyStore(b.clock);
        Once once = new Once(store, b.clock, b.processingLease);
        this.token = new TokenEndpoint(b.nicepayKey, b.clientKey, tokens, store, b.clock, b.window);
        this.va = new VaEndpoint(b.clientKey, b.clientSecret, tokens, b.bills, once, b.clock, b.window);
        NotificationVerifier verifier = NotificationVerifier.builder(b.notificationKey != null ? b.notificationKey
                : b.nicepayKey).clock(b.clock).window(b.window).expectedClientKey(b.clientKey).build();
        this.notifications = new NotificationEndpoint(verifier, b.notificationKey == null, b.clientKey, b.receiver,
                b.confirmer, store, once, b.clock, b.window, b.notificationRetention);
        this.sources = b.sources;
        this.clock = b.clock;
        this.notificationPath = b.notificationPath;
        this.maxBodyBytes = b.maxBodyBytes;
        this.listener = b.listener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The path (suffix) of the notification alias. */
    public String notificationPath() {
        return notificationPath;
    }

    /** The largest body accepted; adapters read at most one byte more. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Handles one request; never throws for anything a request can contain. */
    public InboundResponse handle(InboundRequest request) {
        Objects.requireNonNull(request, "request");
        long start = System.nanoTime();
        Endpoint endpoint = Endpoint.of(request, notificationPath);
        Reply reply;
        try {
            reply = route(endpoint, request);
        } catch (RuntimeException bug) {
            LOG.error("inbound {} failed unexpectedly ({})", endpoint.reportedAs, bug.getClass().getSimpleName(), bug);
            reply = Reply.retryLater(endpoint.serviceCode);
        }
        InboundResponse response = reply.toResponse(clock);
        try {
            listener.handled(new InboundEvent(endpoint.reportedAs, request.method(), reply.status, reply.code(),
                    java.time.Duration.ofNanos(System.nanoTime() - start)));
        } catch (RuntimeException ignored) {
            // a listener's failure must not change what NICEPAY is told
        }
        return response;
    }

    private Reply route(Endpoint endpoint, InboundRequest request) {
        int sc = endpoint.serviceCode;
        if (endpoint == Endpoint.UNKNOWN) {
            return Reply.snap(404, 0, 0, "Not Found");
        }
        if (!sources.allows(request.remoteAddress())) {
            return Reply.snap(403, sc, 0, "Forbidden. [Source address not allowed]");
        }
        if (!request.method().equals("POST")) {
            return Reply.snap(405, sc, 0, "Method Not Allowed. Use POST");
        }
        if (request.bodyLength() > maxBodyBytes) {
            return Reply.snap(413, sc, 0, "Bad Request. Body larger than " + maxBodyBytes + " bytes");
        }
        if (!Checks.isJson(request.header("Content-Type").orElse(null))) {
            return Reply.snap(400, sc, 0, "Bad Request. Content-Type must be application/json");
        }
        return switch (endpoint) {
            case TOKEN -> token.handle(request);
            case VA_INQUIRY -> va.handle(request, false);
            case VA_PAYMENT -> va.handle(request, true);
            default -> notifications.handle(request, endpoint);
        };
    }

    /**
     * Configures a {@link SnapInbound}. Required: NICEPAY's public key ({@link #nicepayPublicKey}), the client key
     * NICEPAY presents ({@link #clientKey}), and at least one of {@link #bills} (with {@link #clientSecret}) and
     * {@link #notifications}. Defaults: notifications verified with the same public key, a random token key (one
     * instance; a fleet shares one with {@link #tokenKey}), an in-memory idempotency store, a ±5 minute window, tokens
     * valid 15 minutes, the notification alias {@code /notify}, bodies up to 64 KiB, a 2 minute processing lease,
     * notifications remembered 3 days, any source address, no confirmation inquiry, the UTC system clock.
     */
    public static final class Builder {
        private SignatureVerifier nicepayKey;
        private SignatureVerifier notificationKey;
        private ClientKey clientKey;
        private SignatureVerifier clientSecret;
        private Secret tokenKey;
        private Bills bills;
        private NotificationReceiver receiver;
        private IdempotencyStore store;
        private NotificationConfirmer confirmer;
        private SourceFilter sources = SourceFilter.allowAll();
        private Duration processingLease = Duration.ofMinutes(2);
        private Duration notificationRetention = Duration.ofDays(3);
        private Clock clock = Clock.systemUTC();
        private Duration window = Duration.ofMinutes(5);
        private Duration tokenLifetime = InboundTokens.DEFAULT_LIFETIME;
        private String notificationPath = "/notify";
        private int maxBodyBytes = 64 * 1024;
        private InboundListener listener = event -> { };

        private Builder() {
        }

        /**
         * NICEPAY's public key for its transaction calls: verifies its token requests (and its notifications, unless
         * {@link #notificationPublicKey} gives their own key).
         */
        public Builder nicepayPublicKey(SignatureVerifier key) {
            this.nicepayKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * NICEPAY's notification public key. NICEPAY says it differs from the key of its transaction calls: give it,
         * so that a token request's headers can never pass as a notification's. Without it the transaction key
         * verifies notifications too (weaker: then a signed header tuple seen on one endpoint is refused on the other,
         * which needs the shared {@link #store}).
         */
        public Builder notificationPublicKey(SignatureVerifier key) {
            this.notificationKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** The client key NICEPAY presents ({@code X-CLIENT-KEY}, {@code X-PARTNER-ID}). */
        public Builder clientKey(ClientKey key) {
            this.clientKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** Verifies NICEPAY's HMAC-SHA512 signatures: the client secret the merchant gave NICEPAY. */
        public Builder clientSecret(SignatureVerifier hmac) {
            this.clientSecret = Objects.requireNonNull(hmac, "hmac");
            return this;
        }

        /** The key tokens are protected with (at least 32 bytes): share it across a fleet. */
        public Builder tokenKey(Secret key) {
            this.tokenKey = Objects.requireNonNull(key, "key");
            return this;
        }

        public Builder bills(Bills bills) {
            this.bills = Objects.requireNonNull(bills, "bills");
            return this;
        }

        public Builder notifications(NotificationReceiver receiver) {
            this.receiver = Objects.requireNonNull(receiver, "receiver");
            return this;
        }

        /**
         * Where processed requests are remembered: used {@code X-EXTERNAL-ID}s and signatures, received
         * notifications, signed header tuples (share one across a fleet, e.g. {@code SnapRedis.idempotencyStore()}).
         * Default: this process's memory.
         */
        public Builder store(IdempotencyStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Confirms every notification with a status inquiry to NICEPAY before the receiver is called (e.g.
         * {@link StatusInquiryConfirmer}): a notification's body is not signed, so without this a replayed signed
         * header within its window can carry a forged body. A notification the inquiry contradicts, or that cannot be
         * confirmed now, never reaches the receiver and is answered {@code 500XX00} so NICEPAY sends it again.
         */
        public Builder confirmNotifications(NotificationConfirmer confirmer) {
            this.confirmer = Objects.requireNonNull(confirmer, "confirmer");
            return this;
        }

        /**
         * Accepts requests only from these sources: CIDR blocks or addresses, IPv4 or IPv6 (NICEPAY publishes its
         * notifiers' ranges, e.g. {@code 103.20.51.0/24} and {@code 103.117.8.0/24}); others get {@code 403XX00}.
         * Needs an adapter that passes the peer's address ({@link InboundRequest#withRemoteAddress}). Default: any.
         */
        public Builder allowSources(List<String> cidrs) {
            Objects.requireNonNull(cidrs, "cidrs");
            try {
                this.sources = SourceFilter.of(cidrs);
            } catch (IllegalArgumentException e) {
                throw new SnapConfigurationException("SnapInbound: " + e.getMessage());
            }
            return this;
        }

        /**
         * How long a request being processed blocks a duplicate (default 2 minutes): if this process dies mid-way,
         * NICEPAY's retry is processed once the lease ends. Longer than the slowest {@code Bills} or receiver call.
         */
        public Builder processingLease(Duration lease) {
            this.processingLease = Objects.requireNonNull(lease, "lease");
            return this;
        }

        /**
         * How long a received notification is remembered, so that a redelivery is answered with the original success
         * without calling the receiver again (default 3 days; longer than NICEPAY's retries go on).
         */
        public Builder notificationRetention(Duration retention) {
            this.notificationRetention = Objects.requireNonNull(retention, "retention");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How far {@code X-TIMESTAMP} may be from now, either way. */
        public Builder window(Duration window) {
            this.window = Objects.requireNonNull(window, "window");
            return this;
        }

        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
            return this;
        }

        /** The path (suffix) notifications are served at, e.g. {@code /notify}. */
        public Builder notificationPath(String path) {
            this.notificationPath = Objects.requireNonNull(path, "path");
            return this;
        }

        public Builder maxBodyBytes(int bytes) {
            this.maxBodyBytes = bytes;
            return this;
        }

        public Builder listener(InboundListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @throws SnapConfigurationException naming what is missing or invalid */
        public SnapInbound build() {
            if (nicepayKey == null) {
                throw new SnapConfigurationException("SnapInbound: no NICEPAY public key; call nicepayPublicKey(...)"
                        + " with the key NICEPAY gave you");
            }
            if (clientKey == null) {
                throw new SnapConfigurationException("SnapInbound: no client key; call clientKey(...) with the client"
                        + " key NICEPAY presents");
            }
            if (bills == null && receiver == null) {
                throw new SnapConfigurationException("SnapInbound: nothing to serve; give bills(...) for the"
                        + " inquiry-VA flow and/or notifications(...)");
            }
            if (bills != null && clientSecret == null) {
                throw new SnapConfigurationException("SnapInbound: bills(...) needs clientSecret(...), the client"
                        + " secret the merchant gave NICEPAY, to verify its HMAC signatures");
            }
            if (!notificationPath.startsWith("/") || notificationPath.contains("/api/v1.0/")) {
                throw new SnapConfigurationException("SnapInbound: the notification path must start with / and not"
                        + " overlap NICEPAY's /api/v1.0/ endpoints");
            }
            if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofMinutes(30)) > 0) {
                throw new SnapConfigurationException("SnapInbound: the timestamp window must be positive and at most"
                        + " 30 minutes");
            }
            if (processingLease.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new SnapConfigurationException("SnapInbound: processingLease must be at least 1 second");
            }
            if (notificationRetention.compareTo(window.multipliedBy(2)) < 0) {
                throw new SnapConfigurationException("SnapInbound: notificationRetention must be at least twice the"
                        + " timestamp window");
            }
            if (maxBodyBytes < 1024) {
                throw new SnapConfigurationException("SnapInbound: maxBodyBytes must be at least 1024");
            }
            try {
                return new SnapInbound(this);
            } catch (IllegalArgumentException e) {
                throw new SnapConfigurationException("SnapInbound: " + e.getMessage(), e);
            }
        }
    }
}
