package dev.snapgate.http;

import dev.snapgate.domain.SnapConfigurationException;
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
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
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

    public HttpSettings withMaxResponseBytes(int max) {
        return new HttpSettings(baseUrl, connectTimeout, readTimeout, max);
    }

    private static void requirePositive(Duration d, String name) {
        if (d.isNegative() || d.isZero()) {
            throw new SnapConfigurationException(name + " must be positive, got " + d + "; e.g. PT5S for 5 seconds");
        }
    }
}
