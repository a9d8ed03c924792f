package dev.snapgate.emulator;

import static dev.snapgate.api.schema.Fields.AMOUNT;
import static dev.snapgate.api.schema.Fields.PARTNER_REFERENCE_NO;

import java.util.Map;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.SignatureVerifier;
import dev.snapgate.signing.PublicKeyLoader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A local NICEPAY SNAP emulator on WireMock that really verifies signatures. Bound to {@code 127.0.0.1} unless told
 * otherwise. Use it from a test:
 *
 * <pre>{@code
 * try (SnapEmulator emulator = SnapEmulator.builder()
 *         .client(ClientKey.of("IONPAYTEST"), publicKeyVerifier, Secret.of(clientSecret))
 *         .start()) {
 *     URI base = emulator.baseUrl();                       // point snapgate here
 *     emulator.faults().token().next(2).respond(503, "5037300");
 *     ... emulator.journal().tokenRequests() ...
 * }
 * }</pre>
 *
 * <p>It is stateful, in memory only (a restart forgets everything): it remembers what each merchant created (VAs,
 * QRIS orders, e-wallet payments, refunds, payouts), answers status inquiries from that state, validates mandatory
 * fields with NICEPAY's codes ({@code 400XX02} naming the field), and its Java API plays the customer
 * ({@link #payVirtualAccount}, {@link #payQris}, {@link #settleEwallet}) and the banks ({@link #failPayout},
 * {@link #holdPayoutAsSuspect}), sending NICEPAY's signed notifications.
 *
 * <p>Thread-safe. {@link #close()} stops the server. WireMock's admin API is closed to HTTP (the journal holds issued
 * tokens, and a stub added over HTTP could accept unsigned payments): use this class's Java API instead.
 */
public final class SnapEmulator implements AutoCloseable {

    private final WireMockServer server;
    private final EmulatorState state;
    private final FaultScript faults;
    private final Journal journal;
    private final String host;
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);

    private final Ledger ledger;
    private final Notifier notifier;
    private volatile dev.snapgate.signing.GeneratedKeyPair notificationKey;
    private volatile dev.snapgate.signing.GeneratedKeyPair transactionKey;

    private final Inspections inspections;

    private SnapEmulator(WireMockServer server, EmulatorState state, FaultScript faults, String host, Ledger ledger,
            Inspections inspections, boolean notifyAnyHost) {
        this.inspections = inspections;
        this.server = server;
        this.state = state;
        this.faults = faults;
        this.journal = new Journal(server, state::notes);
        this.host = host;
        this.ledger = ledger;
        this.notifier = new Notifier(() -> notificationKey().signingKey().signer(), state.clock, notifyAnyHost);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:PORT}: the base URL to give snapgate. */
    public URI baseUrl() {
        return URI.create("http://" + host + ":" + server.port());
    }

    public int port() {
        return server.port();
    }

    public FaultScript faults() {
        return faults;
    }

    /** External IDs remembered for the uniqueness check, over the days still kept (for tests). */
    int rememberedExternalIds() {
        return state.rememberedExternalIds();
    }

    /** Every token and service call answered, with why a refused one was refused (the web console shows them). */
    public Inspections inspections() {
        return inspections;
    }

    /** The ledger's virtual accounts, payments and payouts with their states, for the web console. */
    public java.util.List<Map<String, Object>> ledgerSnapshot() {
        return ledger.snapshot();
    }

    /** Every notification delivery so far, newest last (the web console shows them). */
    public java.util.List<Map<String, Object>> deliveries() {
        return notifier.deliveries();
    }

    /** Sends the notification of delivery {@code id} again. */
    public java.util.concurrent.CompletableFuture<NotificationDelivery> resend(long id) {
        return notifier.resend(id);
    }

    public Journal journal() {
        return journal;
    }

    /** Registers (or replaces) a client while running. */
    public void registerClient(ClientKey clientKey, SignatureVerifier publicKey, Optional<Secret> clientSecret) {
        state.register(Objects.requireNonNull(clientKey, "clientKey"), Objects.requireNonNull(publicKey, "publicKey"),
                Objects.requireNonNull(clientSecret, "clientSecret").orElse(null));
    }

    /** Every token issued so far is revoked: service calls with it get {@code 401XX01}. */
    public void revokeAllTokens() {
        state.revokeAll();
    }

    /** Every token issued so far expires now. */
    public void expireAllTokens() {
        state.expireAll();
    }

    /**
     * Pre-issues {@code token} to {@code clientKey}, valid for the configured lifetime: for known-answer tests whose
     * published signatures cover a fixed token such as {@code TOKEN123}.
     */
    public void seedToken(ClientKey clientKey, Secret token) {
        state.seed(Objects.requireNonNull(clientKey, "clientKey"), Objects.requireNonNull(token, "token").reveal());
    }

    // ------------------------------------------------------------------ the stateful side (in memory only)

    /**
     * NICEPAY's notification public key for this emulator run (generated at start, in memory): give it to the
     * merchant's {@code NotificationVerifier}, as NICEPAY e-mails its key to merchants.
     */
    public SignatureVerifier notificationPublicKey() {
        return notificationKey().verifier();
    }

    /**
     * NICEPAY's public key for its transaction calls to merchants (its token requests in the inquiry-VA flow), for this
     * run; NICEPAY says it differs from its notification key ({@link #notificationPublicKey()}), and so does this one.
     */
    public SignatureVerifier transactionPublicKey() {
        return transactionKey().verifier();
    }

    /** {@link #transactionPublicKey()} as PEM. */
    public String transactionPublicKeyPem() {
        return transactionKey().verifier().toPem();
    }

    /**
     * NICEPAY's side of the inquiry-VA flow against a merchant server at {@code merchant}, as NICEPAY signs it: token
     * requests with the transaction key ({@link #transactionPublicKey()}), notifications with the notification key
     * ({@link #notificationPublicKey()}).
     */
    public NicepayFlow nicepayFlow(URI merchant, ClientKey clientKey, Secret clientSecret) {
        return new NicepayFlow(merchant, clientKey, transactionKey().signingKey().signer(),
                notificationKey().signingKey().signer(), clientSecret, state.clock);
    }

    /** {@link #notificationPublicKey()} as PEM, for a merchant server configured from a file. */
    public String notificationPublicKeyPem() {
        return notificationKey().verifier().toPem();
    }

    private dev.snapgate.signing.GeneratedKeyPair transactionKey() {
        dev.snapgate.signing.GeneratedKeyPair key = transactionKey;
        if (key == null) {
            synchronized (this) {
                if (transactionKey == null) {
                    transactionKey = dev.snapgate.signing.GeneratedKeyPair.rsa(2048);
                }
                key = transactionKey;
            }
        }
        return key;
    }

    /** Generated on first use: most runs never notify, and an RSA key pair takes a moment to make. */
    private dev.snapgate.signing.GeneratedKeyPair notificationKey() {
        dev.snapgate.signing.GeneratedKeyPair key = notificationKey;
        if (key == null) {
            synchronized (this) {
                if (notificationKey == null) {
                    notificationKey = dev.snapgate.signing.GeneratedKeyPair.rsa(2048);
                }
                key = notificationKey;
            }
        }
        return key;
    }

    /**
     * A customer pays the virtual account with this {@code trxId} (or VA number): its state becomes {@code 00}, and
     * NICEPAY's signed notification goes to the {@code dbProcessUrl} given at creation (retried while the merchant
     * does not answer 2xx). The future completes when delivery ended ({@link NotificationDelivery#none()} without a
     * URL).
     *
     * @throws IllegalStateException when there is no unpaid VA with that reference
     */
    public java.util.concurrent.CompletableFuture<NotificationDelivery> payVirtualAccount(String reference) {
        return notify(ledger.payVa(Objects.requireNonNull(reference, "reference")));
    }

    /** A customer pays the QRIS order with this partner (or NICEPAY) reference; as {@link #payVirtualAccount}. */
    public java.util.concurrent.CompletableFuture<NotificationDelivery> payQris(String reference) {
        return notify(ledger.settlePayment(dev.snapgate.domain.service.SnapService.QRIS_GENERATE,
                Objects.requireNonNull(reference, "reference")));
    }

    /** The e-wallet payment with this partner (or NICEPAY) reference settles ({@code 00}); as {@link #payVirtualAccount}. */
    public java.util.concurrent.CompletableFuture<NotificationDelivery> settleEwallet(String reference) {
        return notify(ledger.settlePayment(dev.snapgate.domain.service.SnapService.EWALLET_PAYMENT,
                Objects.requireNonNull(reference, "reference")));
    }

    /**
     * The customer's e-wallet payment with this reference fails: its state becomes {@code 06} and NICEPAY's signed
     * notification says so. @throws IllegalStateException when there is no open e-wallet payment with it
     */
    public java.util.concurrent.CompletableFuture<NotificationDelivery> failEwallet(String reference) {
        return notify(ledger.failPayment(dev.snapgate.domain.service.SnapService.EWALLET_PAYMENT,
                Objects.requireNonNull(reference, "reference")));
    }

    /**
     * The payout with this partner reference fails: when approved later it ends {@code 09}; when already approved
     * (success or suspect) it turns {@code 09} and the money returns to the balance.
     *
     * @throws IllegalStateException when there is no such payout, or it was cancelled or rejected
     */
    public void failPayout(String partnerReferenceNo) {
        steer(partnerReferenceNo, "fail");
    }

    /** When approved, the payout with this partner reference stays suspect ({@code 08}) until {@link #completePayout}. */
    public void holdPayoutAsSuspect(String partnerReferenceNo) {
        steer(partnerReferenceNo, "suspect");
    }

    /** A suspect payout ({@code 08}) completes: {@code 00}. */
    public void completePayout(String partnerReferenceNo) {
        steer(partnerReferenceNo, "complete");
    }

    /**
     * Waits until the emulator has handled {@code count} signed, authorised requests of {@code service} since start
     * (requests refused before the state machine, e.g. for a bad signature, do not count): lets a test wait on a fact.
     *
     * @return false when {@code timeout} passed first
     */
    public boolean awaitHandled(dev.snapgate.domain.service.SnapService service, int count, Duration timeout)
            throws InterruptedException {
        return ledger.awaitHandled(Objects.requireNonNull(service, "service"), count, timeout);
    }

    /** The payout balance each merchant starts with (default IDR 100,000,000.00). */
    public void openingBalance(dev.snapgate.domain.Amount amount) {
        ledger.openingBalance = Objects.requireNonNull(amount, AMOUNT);
    }

    private void steer(String partnerReferenceNo, String outcome) {
        if (!ledger.steerPayout(Objects.requireNonNull(partnerReferenceNo, PARTNER_REFERENCE_NO), outcome)) {
            throw new IllegalStateException("no payout with partnerReferenceNo '" + partnerReferenceNo + "' in a"
                    + " state that can " + outcome);
        }
    }

    private java.util.concurrent.CompletableFuture<NotificationDelivery> notify(Optional<Ledger.Notice> notice) {
        return notice.map(notifier::deliver).orElseGet(() -> java.util.concurrent.CompletableFuture.completedFuture(
                NotificationDelivery.none()));
    }

    /** Tokens issued since start. */
    public int issuedTokenCount() {
        return state.issuedCount();
    }

    /** True while the server is running. */
    public boolean isRunning() {
        return server.isRunning() && stopped.getCount() > 0;
    }

    /**
     * Blocks until the emulator stops: {@link #close()} was called, or the server stopped on its own.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void awaitStop() throws InterruptedException {
        while (!stopped.await(500, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            if (!server.isRunning()) {
                return;
            }
        }
    }

    @Override
    public void close() {
        try {
            notifier.close();
            server.stop();
        } finally {
            stopped.countDown();
        }
    }

    @Override
    public String toString() {
        return "SnapEmulator[" + baseUrl() + "]";
    }

    private static void stopQuietly(WireMockServer server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // a server that never started may refuse to stop; nothing is left to release
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** Configures and starts an emulator. Defaults: 127.0.0.1, a free port, ±5 min skew, tokens valid 900 s. */
    public static final class Builder {
        private String bindAddress = "127.0.0.1";
        private boolean notifyAnyHost;
        private int port;
        private Clock clock = Clock.systemUTC();
        private Duration skew = Duration.ofMinutes(5);
        private Duration tokenLifetime = Duration.ofSeconds(900);
        private final List<Runnable> registrations = new ArrayList<>();
        private EmulatorState state;

        private Builder() {
        }

        /** A fixed port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to bind; keep the loopback default unless you know why not. */
        public Builder bindAddress(String address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Lets notifications go to any host. By default they go to this machine only (localhost, 127.0.0.0/8, ::1):
         * a delivery elsewhere is recorded as not sent, and nothing leaves the machine.
         */
        public Builder notifyAnyHost(boolean any) {
            this.notifyAnyHost = any;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How far {@code X-TIMESTAMP} may be from the emulator's clock, either way. */
        public Builder skew(Duration skew) {
            this.skew = Objects.requireNonNull(skew, "skew");
            return this;
        }

        /** Lifetime of issued tokens (sent as {@code expiresIn}, a string, like NICEPAY). */
        public Builder tokenLifetime(Duration lifetime) {
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("token lifetime must be positive");
            }
            this.tokenLifetime = lifetime;
            return this;
        }

        /** Registers a client: its key, a verifier over its public key, and the client secret for service calls. */
        public Builder client(ClientKey clientKey, SignatureVerifier publicKey, Secret clientSecret) {
            return client(clientKey, publicKey, Optional.of(Objects.requireNonNull(clientSecret, "clientSecret")));
        }

        /** Registers a client, with the client secret for service calls when there is one (token-only otherwise). */
        public Builder client(ClientKey clientKey, SignatureVerifier publicKey, Optional<Secret> clientSecret) {
            Objects.requireNonNull(clientKey, "clientKey");
            Objects.requireNonNull(publicKey, "publicKey");
            Objects.requireNonNull(clientSecret, "clientSecret");
            registrations.add(() -> state.register(clientKey, publicKey, clientSecret.orElse(null)));
            return this;
        }

        /** Registers a client whose public key is in a file (bare Base64 SPKI, PEM or certificate). */
        public Builder client(ClientKey clientKey, Path publicKeyFile, Secret clientSecret) {
            return client(clientKey, PublicKeyLoader.load(publicKeyFile), Objects.requireNonNull(clientSecret,
                    "clientSecret"));
        }

        public SnapEmulator start() {
            state = new EmulatorState(clock, skew, tokenLifetime);
            registrations.forEach(Runnable::run);
            FaultScript faults = new FaultScript();
            Ledger ledger = new Ledger(clock);
            Inspections inspections = new Inspections();
            WireMockServer server = new WireMockServer(options()
                    .bindAddress(bindAddress)
                    .port(port)
                    .containerThreads(16)
                    .maxRequestJournalEntries(10_000) // bounded, so a long-running emulator cannot grow without end
                    .stubCorsEnabled(false)
                    .extensions(new ClosedAdminServerFactory(), new SnapEmulatorTransformer(state, faults, ledger,
                            inspections)));
            server.stubFor(any(urlPathMatching("/.*")).willReturn(aResponse()
                    .withTransformers(SnapEmulatorTransformer.NAME)));
            try {
                server.start();
            } catch (RuntimeException e) {
                stopQuietly(server);
                throw new SnapConfigurationException("the emulator could not listen on " + bindAddress + ":" + port
                        + " (" + rootCause(e) + "); is the port in use? Choose another port, or 0 for any"
                        + " free port", e);
            }
            return new SnapEmulator(server, state, faults, bindAddress.contains(":") ? "[" + bindAddress + "]"
                    : bindAddress, ledger, inspections, notifyAnyHost);
        }
    }
}
