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
