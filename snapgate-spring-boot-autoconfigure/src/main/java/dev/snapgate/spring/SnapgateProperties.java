package dev.snapgate.spring;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code snapgate.*}: where NICEPAY is, how long to wait, and the merchants. Secrets (key password, client secret)
 * come from any of Boot's property sources — give them through the environment, never in a committed file — and are
 * turned into {@code Secret}s when the client is built; this class has no {@code toString} that could print them.
 */
@ConfigurationProperties("snapgate")
public class SnapgateProperties {

    /** NICEPAY's environments; {@code custom} takes {@link #baseUrl}. */
    public enum Environment {
        SANDBOX, PRODUCTION, CUSTOM
    }

    /** Which NICEPAY to call: sandbox (default), production, or custom with {@code snapgate.base-url}. */
    private Environment environment = Environment.SANDBOX;

    /** The upstream for {@code environment=custom}, e.g. a local emulator. */
    private URI baseUrl;

    /** How long to wait for a connection. */
    private Duration connectTimeout = Duration.ofSeconds(5);

    /** How long to wait for an answer, per attempt. */
    private Duration readTimeout = Duration.ofSeconds(15);

    /** The merchants this application calls NICEPAY for (at least one). */
    private List<Merchant> merchants = new ArrayList<>();

    /** NICEPAY calling this application: token requests, VA inquiry and payment, notifications. */
    private Inbound inbound = new Inbound();

    /** Retries and circuit breaking (unset values keep snapgate's defaults). */
    private Resilience resilience = new Resilience();

    /** When a cached token is refreshed before it expires (default 60 s). */
    private Duration tokenRefreshMargin;

    /** A token store shared by the fleet: {@code redis://host:port[/db]} or {@code rediss://...} (needs snap-store-redis). */
    private URI tokenStore;

    /** AES key (Base64, 16/24/32 bytes) that encrypts and authenticates tokens in the shared store; from the environment. */
    private String tokenStoreKey;

    /** {@code snapgate.resilience.*}. */
    public static class Resilience {

        /** Attempts per idempotent call, first included. */
        private Integer maxAttempts;

        /** How long the breaker stays open before it lets a probe through. */
        private Duration openDuration;

        /** The most a call may take, retries included. */
        private Duration maxTotalTime;

        /** Attempts in flight to NICEPAY at once, every merchant together (the bulkhead; default 64). */
        private Integer maxConcurrentCalls;

        /** How long a call waits for a free slot before it fails as BUSY, nothing sent (default 5s). */
        private Duration maxWaitForSlot;

        public Integer getMaxConcurrentCalls() {
            return maxConcurrentCalls;
        }

        public void setMaxConcurrentCalls(Integer maxConcurrentCalls) {
            this.maxConcurrentCalls = maxConcurrentCalls;
        }

        public Duration getMaxWaitForSlot() {
            return maxWaitForSlot;
        }

        public void setMaxWaitForSlot(Duration maxWaitForSlot) {
            this.maxWaitForSlot = maxWaitForSlot;
        }

        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getOpenDuration() {
            return openDuration;
        }

        public void setOpenDuration(Duration openDuration) {
            this.openDuration = openDuration;
        }

        public Duration getMaxTotalTime() {
            return maxTotalTime;
        }

        public void setMaxTotalTime(Duration maxTotalTime) {
            this.maxTotalTime = maxTotalTime;
        }
    }

    public Resilience getResilience() {
        return resilience;
    }

    public void setResilience(Resilience resilience) {
        this.resilience = resilience;
    }

    public Duration getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public void setTokenRefreshMargin(Duration tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    public URI getTokenStore() {
        return tokenStore;
    }

    public void setTokenStore(URI tokenStore) {
        this.tokenStore = tokenStore;
    }

    public String getTokenStoreKey() {
        return tokenStoreKey;
    }

    public void setTokenStoreKey(String tokenStoreKey) {
        this.tokenStoreKey = tokenStoreKey;
    }

    /** {@code snapgate.inbound.*}: the servlet NICEPAY calls, mounted when enabled. */
    public static class Inbound {

        /** Mount NICEPAY's endpoints (needs a {@code Bills} and/or a {@code NotificationReceiver} bean). */
        private boolean enabled;

        /** Where the servlet is mapped; NICEPAY is given the URLs below it. */
        private String path = "/nicepay/*";

        /** The client key NICEPAY presents (X-CLIENT-KEY, X-PARTNER-ID). */
        private String clientKey;

        /** The client secret you gave NICEPAY (verifies its HMAC signatures); from the environment. */
        private String clientSecret;

        /** NICEPAY's public key for its transaction calls (token requests), a PEM resource. */
        private Resource nicepayPublicKey;

        /** NICEPAY's notification public key, a PEM resource (NICEPAY says it differs from the transaction key). */
        private Resource notificationPublicKey;

        /** The key the stateless B2B tokens are protected with (32+ bytes), shared by the fleet; default: random. */
        private String tokenKey;

        /** Accept calls only from these CIDR blocks, e.g. NICEPAY's 103.20.51.0/24 and 103.117.8.0/24. */
        private List<String> allowSources = new ArrayList<>();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public String getClientKey() {
            return clientKey;
        }

        public void setClientKey(String clientKey) {
            this.clientKey = clientKey;
        }

        public String getClientSecret() {
            return clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }

        public Resource getNicepayPublicKey() {
            return nicepayPublicKey;
        }

        public void setNicepayPublicKey(Resource nicepayPublicKey) {
            this.nicepayPublicKey = nicepayPublicKey;
        }

        public Resource getNotificationPublicKey() {
            return notificationPublicKey;
        }

        public void setNotificationPublicKey(Resource notificationPublicKey) {
            this.notificationPublicKey = notificationPublicKey;
        }

        public String getTokenKey() {
            return tokenKey;
        }

        public void setTokenKey(String tokenKey) {
            this.tokenKey = tokenKey;
        }

        public List<String> getAllowSources() {
            return allowSources;
        }

        public void setAllowSources(List<String> allowSources) {
            this.allowSources = allowSources;
        }
    }

    public Inbound getInbound() {
        return inbound;
    }

    public void setInbound(Inbound inbound) {
        this.inbound = inbound;
    }

    /** One merchant's credentials. */
    public static class Merchant {

        /** The client ID NICEPAY issued (X-CLIENT-KEY, X-PARTNER-ID). */
        private String clientKey;

        /** The RSA private key that signs token requests: a PEM resource, e.g. {@code file:/run/secrets/key.pem}. */
        private Resource privateKey;

        /** The private key's password, when it is encrypted. */
        private String keyPassword;

        /** The client secret that signs service calls (HMAC-SHA512). */
        private String clientSecret;

        /** Instead of {@code private-key}: a PKCS#12 keystore resource holding the key. */
        private Resource keystore;

        /** The keystore's password. */
        private String keystorePassword;

        /** The key's alias in the keystore. */
        private String keyAlias;

        public Resource getKeystore() {
            return keystore;
        }

        public void setKeystore(Resource keystore) {
            this.keystore = keystore;
        }

        public String getKeystorePassword() {
            return keystorePassword;
        }

        public void setKeystorePassword(String keystorePassword) {
            this.keystorePassword = keystorePassword;
        }

        public String getKeyAlias() {
            return keyAlias;
        }

        public void setKeyAlias(String keyAlias) {
            this.keyAlias = keyAlias;
        }

        public String getClientKey() {
            return clientKey;
        }

        public void setClientKey(String clientKey) {
            this.clientKey = clientKey;
        }

        public Resource getPrivateKey() {
            return privateKey;
        }

        public void setPrivateKey(Resource privateKey) {
            this.privateKey = privateKey;
        }

        public String getKeyPassword() {
            return keyPassword;
        }

        public void setKeyPassword(String keyPassword) {
            this.keyPassword = keyPassword;
        }

        public String getClientSecret() {
            return clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }
    }

    public Environment getEnvironment() {
        return environment;
    }

    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    public URI getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public List<Merchant> getMerchants() {
        return merchants;
    }

    public void setMerchants(List<Merchant> merchants) {
        this.merchants = merchants;
    }
}
