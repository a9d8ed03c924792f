package dev.snapgate.http;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.api.Ewallets;
import dev.snapgate.api.NicepayApi;
import dev.snapgate.api.Payouts;
import dev.snapgate.api.Qris;
import dev.snapgate.api.SettleOptions;
import dev.snapgate.api.SnapRequest;
import dev.snapgate.api.Verdict;
import dev.snapgate.api.VirtualAccounts;
import dev.snapgate.domain.observe.SnapListener;
import dev.snapgate.api.schema.RequestRules;
import dev.snapgate.domain.service.ExternalIdGenerator;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.token.CachingTokenIssuer;
import dev.snapgate.domain.token.InMemoryTokenStore;
import dev.snapgate.domain.token.TokenStore;
import dev.snapgate.domain.token.TokenCacheSettings;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * The front door: one NICEPAY SNAP upstream for any number of merchants, with the token cache (single flight,
 * refresh ahead of expiry, re-authentication on {@code 401XX01}/{@code 401XX03}), signing, retries of safe calls and
 * a circuit breaker inside. Returns ports and values only.
 *
 * <pre>{@code
 * try (SnapClient nicepay = SnapClient.builder()
 *         .sandbox()
 *         .merchant(Merchant.of(ClientKey.of("IONPAYTEST"), rsaSigner, hmacSigner))
 *         .build()) {
 *     ServiceResponse status = nicepay.call(ServiceRequest.of(SnapService.VA_STATUS, ClientKey.of("IONPAYTEST"),
 *             Map.of("partnerServiceId", "  1234", "customerNo", "0001", "virtualAccountNo", "  12340001")));
 * }
 * }</pre>
 *
 * <p>Thread-safe: build one per upstream and share it. Every failure is a {@code SnapException}; see its subtypes.
 * After {@link #close()} every call fails with a {@link SnapConfigurationException}.
 */
public final class SnapClient implements AutoCloseable {

    /** NICEPAY's sandbox. */
    public static final URI SANDBOX = URI.create("https://dev.nicepay.co.id");
    /** NICEPAY's production. */
    public static final URI PRODUCTION = URI.create("https://www.nicepay.co.id");

    private final URI baseUrl;
    private final Set<ClientKey> clientKeys;
    private final ResilientTokenIssuer upstreamTokens;
    private final CachingTokenIssuer tokens;
    private final TokenIssuer freshTokens;
    private final ServiceCaller services;
    private final boolean validate;
    private final Clock clock;
    private final java.util.Map<ClientKey, NicepayApi> apis;
    private volatile boolean closed;

    private SnapClient(Builder b, Merchants merchants, HttpSettings http) {
        this.baseUrl = http.baseUrl();
        this.clientKeys = Set.copyOf(b.clientKeys());
        List<SnapListener> listeners = new ArrayList<>(b.listeners);
        if (b.meterRegistry != null) {
            listeners.add(MicrometerBinding.listener(b.meterRegistry, b.observationRegistry != null
                    && !MicrometerBinding.isNoop(b.observationRegistry)));
        }
        SnapListener listener = SnapListener.all(listeners);
        UpstreamWiring upstream = UpstreamWiring.create(http, b.resilience, merchants, b.clock, b.jdkClient(http),
                b.externalIds != null ? b.externalIds : ExternalIdGenerator.random(b.clock), listener);
        this.upstreamTokens = upstream.tokenIssuer();
        TokenIssuer measured = new InstrumentedTokenIssuer(upstreamTokens, listener);
        this.freshTokens = b.observationRegistry != null
                ? MicrometerBinding.observeTokens(measured, b.observationRegistry) : measured;
        this.tokens = new CachingTokenIssuer(freshTokens, b.clock, b.tokenCache,
                b.tokenStore != null ? b.tokenStore : new InMemoryTokenStore(b.clock), listener);
        ServiceCaller calls = new InstrumentedServiceCaller(upstream.serviceCaller(tokens), listener);
        this.services = b.observationRegistry != null ? MicrometerBinding.observeCalls(calls, b.observationRegistry)
                : calls;
        if (b.meterRegistry != null) {
            MicrometerBinding.bind(b.meterRegistry, upstream.resilience(), tokens, clientKeys);
        }
        this.validate = b.validateRequests;
        this.clock = b.clock;
        java.util.Map<ClientKey, NicepayApi> byMerchant = new java.util.LinkedHashMap<>();
        for (ClientKey key : clientKeys) {
            byMerchant.put(key, new NicepayApi(this::call, this::inquire, key, clock));
        }
        this.apis = java.util.Map.copyOf(byMerchant);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The current access token of {@code clientKey}: cached, refreshed ahead of expiry by one caller while the others
     * keep the valid one.
     */
    public AccessToken accessToken(ClientKey clientKey) {
        open();
        return tokens.issue(Objects.requireNonNull(clientKey, "clientKey"));
    }

    /**
     * Requests a new token from the upstream now (with retries), bypassing the cache and leaving it as it is: a
     * health check of the merchant's credentials, or a measurement of the token call.
     */
    public AccessToken freshToken(ClientKey clientKey) {
        open();
        return freshTokens.issue(Objects.requireNonNull(clientKey, "clientKey"));
    }

    /**
     * A signed service call (the body serialised once, those bytes signed and sent). The body is first checked
     * against NICEPAY's field rules ({@link RequestRules}) unless the builder turned that off.
     *
     * @throws dev.snapgate.domain.error.SnapInvalidRequestException when the body breaks a rule; nothing was sent
     */
    public ServiceResponse call(ServiceRequest request) {
        open();
        Objects.requireNonNull(request, "request");
        if (validate) {
            RequestRules.validate(request.service(), request.body());
        }
        return services.call(request);
    }

    /**
     * Settlement's inquiries: derived by snapgate, and sent unvalidated since a lost answer leaves NICEPAY's own
     * references empty.
     */
    private ServiceResponse inquire(ServiceRequest request) {
        open();
        return services.call(request);
    }

    /**
     * NICEPAY's services, typed, for {@code merchant}.
     *
     * @throws SnapConfigurationException when this client does not serve that merchant
     */
    public NicepayApi api(ClientKey merchant) {
        NicepayApi api = apis.get(Objects.requireNonNull(merchant, "merchant"));
        if (api == null) {
            throw new SnapConfigurationException("SnapClient: merchant " + merchant + " was not added to this client;"
                    + " add it with merchant(...) on the builder");
        }
        return api;
    }

    /** The only merchant's typed services (the family shortcuts below); several merchants: {@link #api(ClientKey)}. */
    private NicepayApi only() {
        if (apis.size() != 1) {
            throw new SnapConfigurationException("SnapClient serves " + apis.size() + " merchants; choose one with"
                    + " api(merchant), e.g. client.api(merchant).virtualAccounts()");
        }
        return apis.values().iterator().next();
    }

    /** Virtual accounts of the only merchant (several merchants: {@code api(merchant).virtualAccounts()}). */
    public VirtualAccounts virtualAccounts() {
        return only().virtualAccounts();
    }

    /** E-wallet direct debit of the only merchant. */
    public Ewallets ewallets() {
        return only().ewallets();
    }

    /** QRIS of the only merchant. */
    public Qris qris() {
        return only().qris();
    }

    /** Payouts and the payout balance of the only merchant. */
    public Payouts payouts() {
        return only().payouts();
    }

    /**
     * Settles a typed call of the only merchant whose outcome was unknown, never re-sending it (see
     * {@link dev.snapgate.api.Settlement}).
     */
    public Verdict settle(SnapRequest original, SettleOptions options) {
        return only().settle(original, options);
    }

    /** As {@link #settle(SnapRequest, SettleOptions)} with the default options (up to 2 minutes of inquiries). */
    public Verdict settle(SnapRequest original) {
        return settle(original, SettleOptions.DEFAULTS);
    }

    /** As {@link #settle(ServiceRequest, SettleOptions)} with the default options (up to 2 minutes of inquiries). */
    public Verdict settle(ServiceRequest original) {
        return settle(original, SettleOptions.DEFAULTS);
    }

    /** Settles an untyped call whose outcome was unknown ({@code SnapOutcomeUnknownException}), never re-sending it. */
    public Verdict settle(ServiceRequest original, SettleOptions options) {
        Objects.requireNonNull(original, "original");
        return new dev.snapgate.api.Settlement(this::inquire, original.clientKey(), clock, options)
                .settle(original.service(), original.body());
    }

    /** The token lifecycle as a port (cached tokens), e.g. to bind in a DI container. */
    public TokenIssuer tokenIssuer() {
        return this::accessToken;
    }

    /** Service calls as a port, e.g. to bind in a DI container. */
    public ServiceCaller serviceCaller() {
        return this::call;
    }

    /** What this client has observed, for health checks (breaker, token ages, store failures); no call is made. */
    public ClientHealth health() {
        java.util.Map<ClientKey, java.time.Duration> ages = new java.util.LinkedHashMap<>();
        for (ClientKey key : clientKeys) {
            tokens.tokenAge(key).ifPresent(age -> ages.put(key, age));
        }
        return new ClientHealth(CircuitState.of(upstreamTokens.circuitState()), ages, tokens.storeFailures());
    }

    /** The merchants this client serves. */
    public Set<ClientKey> clientKeys() {
        return clientKeys;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** Stops accepting calls; calls in flight finish. Idempotent. */
    @Override
    public void close() {
        closed = true;
    }

    private void open() {
        if (closed) {
            throw new SnapConfigurationException("this SnapClient is closed; build a new one");
        }
    }

    @Override
    public String toString() {
        return "SnapClient[" + baseUrl + ", merchants " + clientKeys + "]";
    }

    /**
     * Configures a {@link SnapClient}. Required: a base URL ({@link #baseUrl}, {@link #sandbox()} or
     * {@link #production()}) and at least one {@link #merchant}. Everything else has a default: timeouts 5 s connect /
     * 15 s read, a 64 KiB response cap, {@link ResilienceSettings#DEFAULTS}, {@link TokenCacheSettings#DEFAULTS}, the
     * UTC system clock, random 36-digit external IDs, and the JDK HTTP client (HTTP/1.1, no redirects). Not
     * thread-safe; {@link #build()} validates everything and throws a {@link SnapConfigurationException} that names
     * the setting.
     */
    public static final class Builder {
        private URI baseUrl;
        private final List<Merchant> merchants = new ArrayList<>();
        private Duration connectTimeout = HttpSettings.DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = HttpSettings.DEFAULT_READ_TIMEOUT;
        private int maxResponseBytes = HttpSettings.DEFAULT_MAX_RESPONSE_BYTES;
        private ResilienceSettings resilience = ResilienceSettings.DEFAULTS;
        private TokenCacheSettings tokenCache = TokenCacheSettings.DEFAULTS;
        private Clock clock = Clock.systemUTC();
        private ExternalIdGenerator externalIds;
        private ProxySelector proxy;
        private SSLContext sslContext;
        private java.util.concurrent.Executor httpExecutor;
        private HttpClient httpClient;
        private TokenStore tokenStore;
        private boolean validateRequests = true;
        private final List<SnapListener> listeners = new ArrayList<>();
        private Object meterRegistry;
        private Object observationRegistry;

        private Builder() {
        }

        /** The upstream's scheme, host and port, e.g. {@code https://dev.nicepay.co.id}; no path. */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /** NICEPAY's sandbox, {@code https://dev.nicepay.co.id}. */
        public Builder sandbox() {
            return baseUrl(SANDBOX);
        }

        /** NICEPAY's production, {@code https://www.nicepay.co.id}. */
        public Builder production() {
            return baseUrl(PRODUCTION);
        }

        /** A merchant (client key, token signer, optional request signer, channel ID); any number, keys unique. */
        public Builder merchant(Merchant merchant) {
            merchants.add(Objects.requireNonNull(merchant, "merchant"));
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Each attempt ends within connect + read timeout, the whole response body included. */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Larger answers are refused while reading (default 64 KiB). */
        public Builder maxResponseBytes(int bytes) {
            this.maxResponseBytes = bytes;
            return this;
        }

        public Builder resilience(ResilienceSettings settings) {
            this.resilience = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public Builder tokenCache(TokenCacheSettings settings) {
            this.tokenCache = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Where tokens are shared beyond this client (default: this process's memory). A fleet passes a shared store
         * (the {@code snap-store-redis} module) so one instance refreshes each merchant's token for all.
         */
        public Builder tokenStore(TokenStore store) {
            this.tokenStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Tells {@code listener} about every token call, cache result, service call, HTTP attempt, breaker state
         * change and unknown outcome (for platforms without Micrometer); any number, each shielded from the others.
         */
        public Builder listener(SnapListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Records snapgate's meters in {@code registry}: {@code snapgate.token.requests}, {@code
         * snapgate.service.calls}, {@code snapgate.http.attempts}, {@code snapgate.token.cache}, {@code
         * snapgate.token.age.seconds}, {@code snapgate.outcome.unknown}, and the circuit breaker and retry meters of
         * resilience4j-micrometer. Micrometer is optional: without this call it need not be on the classpath.
         */
        public Builder meterRegistry(io.micrometer.core.instrument.MeterRegistry registry) {
            this.meterRegistry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Makes each token call and service call a Micrometer {@code Observation} ({@code snapgate.token.requests},
         * {@code snapgate.service.calls}), so a platform with Micrometer Tracing gets spans without more code. With a
         * {@link #meterRegistry} too (Spring Boot gives both), those two timers come from the observations through the
         * registry's meter handler (Boot's {@code DefaultMeterObservationHandler}, which adds an {@code error} tag and
         * a {@code .active} long-task timer) and are not recorded a second time: one set of meters whatever is
         * attached. Attach the observation registry that has the meter handler (an observation registry without any
         * handler is ignored for timing: the meter registry records the timers itself).
         */
        public Builder observationRegistry(io.micrometer.observation.ObservationRegistry registry) {
            this.observationRegistry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Whether {@link SnapClient#call} checks bodies against NICEPAY's field rules before signing (default true).
         * Turn it off only as an escape hatch when NICEPAY accepts a body snapgate's rules refuse.
         */
        public Builder validateRequests(boolean validate) {
            this.validateRequests = validate;
            return this;
        }

        /** The clock for timestamps and token lifetimes (tests pass a fixed or controllable one). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where {@code X-EXTERNAL-ID}s come from when a request carries none. */
        public Builder externalIds(ExternalIdGenerator generator) {
            this.externalIds = Objects.requireNonNull(generator, "generator");
            return this;
        }

        /** An HTTP proxy for this client only (no JVM-wide properties needed). */
        public Builder proxy(ProxySelector proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        /** Custom trust (a private CA) and/or a client certificate for mutual TLS. */
        public Builder sslContext(SSLContext context) {
            this.sslContext = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * The executor the JDK HTTP client runs its own tasks on (parsing answers' headers, handing body bytes to the
         * caller, completing exchanges; over TLS also handshakes and decryption). Without one: on a plain {@code http}
         * upstream they run inline on the JDK client's selector thread (no worker pool; each caller is woken once, by
         * the thread that read its answer: 1.3x the throughput of a pool, measured); on {@code https} the JDK keeps
         * its own cached pool, which does simultaneous TLS handshakes in parallel and grows with the exchanges in
         * flight (which the bulkhead bounds). Give one to bound or share threads yourself. The platform owns it:
         * {@link SnapClient#close()} does not shut it down.
         */
        public Builder httpExecutor(java.util.concurrent.Executor executor) {
            this.httpExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * A ready JDK client, used as it is (instead of {@link #proxy}, {@link #sslContext} and
         * {@link #httpExecutor}). It must never follow
         * redirects, since signed headers would go to another address.
         */
        public Builder httpClient(HttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        public SnapClient build() {
            if (baseUrl == null) {
                throw new SnapConfigurationException("SnapClient: no base URL; call baseUrl(URI), sandbox() or"
                        + " production()");
            }
            if (merchants.isEmpty()) {
                throw new SnapConfigurationException("SnapClient: no merchant; add one with merchant(Merchant.of("
                        + "clientKey, tokenSigner, requestSigner))");
            }
            if (httpClient != null && (proxy != null || sslContext != null || httpExecutor != null)) {
                throw new SnapConfigurationException("SnapClient: httpClient(...) is used as it is, so proxy(...),"
                        + " sslContext(...) and httpExecutor(...) would be ignored; configure them on that HttpClient,"
                        + " or drop it");
            }
            if (httpClient != null && httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
                throw new SnapConfigurationException("SnapClient: the given HttpClient follows redirects ("
                        + httpClient.followRedirects() + "); signed headers would go to another address. Build it with"
                        + " followRedirects(HttpClient.Redirect.NEVER)");
            }
            if (clientKeys().size() != merchants.size()) {
                throw new SnapConfigurationException("SnapClient: a client key was added twice; each merchant once");
            }
            HttpSettings http = HttpSettings.builder(baseUrl).connectTimeout(connectTimeout).readTimeout(readTimeout)
                    .maxResponseBytes(maxResponseBytes).build();
            return new SnapClient(this, Merchants.of(merchants), http);
        }

        private Set<ClientKey> clientKeys() {
            Set<ClientKey> keys = new LinkedHashSet<>();
            merchants.forEach(m -> keys.add(m.clientKey()));
            return keys;
        }

        private HttpClient jdkClient(HttpSettings http) {
            if (httpClient != null) {
                return httpClient;
            }
            HttpClient.Builder jdk = FeignExchange.clientBuilder(http);
            if (proxy != null) {
                jdk.proxy(proxy);
            }
            if (sslContext != null) {
                jdk.sslContext(sslContext);
            }
            if (httpExecutor != null) {
                jdk.executor(httpExecutor);
            }
            return jdk.build();
        }
    }
}
