package dev.snapgate.http;

import dev.snapgate.domain.error.SnapConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Transport settings for one upstream.
 *
 * @param baseUrl scheme, host and optional port, e.g. {@code https://dev.nicepay.co.id}; no path, query or fragment
 * @param connectTimeout TCP/TLS connect timeout (default 5 s)
 * @param readTimeout time to wait for the answer (default 15 s); each attempt ends within connect timeout + read
 *     timeout, whole body included, or fails with a timeout
 * @param maxResponseBytes larger bodies are refused (default 64 KiB; a token answer is under 3 KiB)
 */
public record HttpSettings(URI baseUrl, Duration connectTimeout, Duration readTimeout, int maxResponseBytes) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;

    public HttpSettings {
        if (baseUrl == null) {
            throw new SnapConfigurationException("HttpSettings: baseUrl must be set, e.g. https://dev.nicepay.co.id");
        }
        if (connectTimeout == null || readTimeout == null) {
            throw new SnapConfigurationException("HttpSettings: connectTimeout and readTimeout must be set");
        }
        String scheme = baseUrl.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
            throw new SnapConfigurationException("base URL must be http(s)://host[:port], e.g. https://dev.nicepay.co.id;"
                    + " got '" + baseUrl + "'");
        }
        if ((baseUrl.getRawPath() != null && !baseUrl.getRawPath().isEmpty() && !baseUrl.getRawPath().equals("/"))
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new SnapConfigurationException("base URL must have no path, query, fragment or user info (snapgate adds"
                    + " /nicepay/...); use e.g. https://dev.nicepay.co.id");
        }
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(readTimeout, "read timeout");
        if (maxResponseBytes < 1024) {
            throw new SnapConfigurationException("max response size must be at least 1024 bytes, got "
                    + maxResponseBytes);
        }
        if (baseUrl.getRawPath() != null && baseUrl.getRawPath().equals("/")) {
            baseUrl = URI.create(baseUrl.getScheme() + "://" + baseUrl.getRawAuthority());
        }
    }

    /** Defaults for everything but the base URL. */
    public static HttpSettings of(URI baseUrl) {
        return new HttpSettings(baseUrl, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES);
    }

    public HttpSettings withTimeouts(Duration connect, Duration read) {
        return new HttpSettings(baseUrl, connect, read, maxResponseBytes);
    }

    /** A builder for {@code baseUrl} with the defaults for everything else. */
    public static Builder builder(URI baseUrl) {
        return new Builder(baseUrl);
    }

    /**
     * Named construction of {@link HttpSettings}; {@link #build()} checks every rule and throws a
     * {@link SnapConfigurationException} naming the setting.
     */
    public static final class Builder {
        private final URI baseUrl;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

        private Builder(URI baseUrl) {
            this.baseUrl = baseUrl;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder readTimeout(Duration value) {
            this.readTimeout = value;
            return this;
        }

        /** At least 1024. */
        public Builder maxResponseBytes(int value) {
            this.maxResponseBytes = value;
            return this;
        }

        public HttpSettings build() {
            return new HttpSettings(baseUrl, connectTimeout, readTimeout, maxResponseBytes);
        }
    }

    private static void requirePositive(Duration d, String name) {
        if (d.isNegative() || d.isZero()) {
            throw new SnapConfigurationException(name + " must be positive, got " + d + "; e.g. PT5S for 5 seconds");
        }
    }
}
