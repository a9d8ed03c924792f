package dev.snapgate.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.error.SnapMalformedResponseException;
import dev.snapgate.domain.error.SnapRejectedException;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.error.SnapUnavailableException.Reason;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One upstream: a Feign client built once (HTTP/1.1 on the JDK client, redirects never followed, Feign's own
 * retryer off so Resilience4j is the only retry layer) and the reading of every answer within the size cap.
 * Thread-safe; build one per upstream and share it.
 */
final class FeignExchange {

    private static final Logger LOG = LoggerFactory.getLogger(FeignExchange.class);

    static final String TOKEN_PATH = "/nicepay/v1.0/access-token/b2b";

    private final Client client;
    private final Request.Options options;
    private final String baseUrl;
    private final HttpSettings settings;
    private final dev.snapgate.domain.observe.SnapListener listener;

    FeignExchange(HttpSettings settings) {
        this(settings, defaultClient(settings));
    }

    static HttpClient defaultClient(HttpSettings settings) {
        return clientBuilder(settings).build();
    }

    /**
     * The JDK client as snapgate needs it: HTTP/1.1, redirects never followed (signed headers stay home); on a plain
     * {@code http} upstream its own tasks run inline ({@link InlineExecutor}), on {@code https} on the JDK's own pool (a
     * platform's executor replaces either).
     */
    static HttpClient.Builder clientBuilder(HttpSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout());
        return InlineExecutor.suits(settings.baseUrl()) ? builder.executor(InlineExecutor.INSTANCE) : builder;
    }

    FeignExchange(HttpSettings settings, HttpClient jdk) {
        this(settings, jdk, dev.snapgate.domain.observe.SnapListener.NONE);
    }

    FeignExchange(HttpSettings settings, HttpClient jdk, dev.snapgate.domain.observe.SnapListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.settings = Objects.requireNonNull(settings, "settings");
        // Feign's Client SPI with a prepared request: a SNAP call is a fixed method, path, headers and exact body
        // bytes, so Feign's proxy and template machinery (which parsed every header value as a template on every
        // call) has nothing to add; the Client below gives each attempt one deadline covering the whole body.
        this.client = new JdkDeadlineClient(jdk, settings.connectTimeout(), settings.readTimeout(),
                settings.maxResponseBytes());
        this.options = new Request.Options(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
        this.baseUrl = settings.baseUrl().toString();
    }

    /** Base URL + path for the dozen paths a client calls, joined once each (one string, its hash kept). */
    private final java.util.concurrent.ConcurrentMap<String, String> urls = new java.util.concurrent.ConcurrentHashMap<>();

    private String url(String path) {
        String url = urls.get(path);
        if (url == null) {
            url = baseUrl + path;
            if (urls.size() < 256) {
                urls.putIfAbsent(path, url);
            }
        }
        return url;
    }

    HttpSettings settings() {
        return settings;
    }

    UpstreamAnswer postToken(Map<String, String> headers, byte[] body, String operation) {
        return exchange(Request.HttpMethod.POST, TOKEN_PATH, headers, body, operation, options);
    }

    /** @param budget what is left of the call's own deadline (the attempt is shortened to fit), or null for none */
    UpstreamAnswer send(String method, String path, Map<String, String> headers, byte[] body, String operation,
            Duration budget) {
        Request.HttpMethod verb = switch (method) {
            case "POST" -> Request.HttpMethod.POST;
            case "DELETE" -> Request.HttpMethod.DELETE;
            default -> throw new IllegalArgumentException("SNAP service calls use POST or DELETE, not " + method);
        };
        return exchange(verb, path, headers, body, operation, optionsWithin(budget));
    }

    /** The attempt's timeouts: the client's, or shorter so that connect + read fit in {@code budget}. */
    private Request.Options optionsWithin(Duration budget) {
        if (budget == null) {
            return options;
        }
        long total = settings.connectTimeout().plus(settings.readTimeout()).toMillis();
        long left = Math.max(1, budget.toMillis());
        if (left >= total) {
            return options;
        }
        long connect = Math.min(settings.connectTimeout().toMillis(), left);
        return new Request.Options(connect, TimeUnit.MILLISECONDS, Math.max(1, left - connect), TimeUnit.MILLISECONDS,
                false);
    }

    private UpstreamAnswer exchange(Request.HttpMethod method, String path, Map<String, String> headers, byte[] body,
            String operation, Request.Options attemptOptions) {
        long start = System.nanoTime();
        String status = "error";
        try {
            UpstreamAnswer reply = exchangeOnce(method, path, headers, body, operation, start, attemptOptions);
            status = statusTag(reply.status());
            return reply;
        } catch (SnapUnavailableException e) {
            status = e.reason().name().toLowerCase(java.util.Locale.ROOT);
            throw e;
        } catch (SnapRejectedException e) {
            status = "redirect";
            throw e;
        } catch (dev.snapgate.domain.error.SnapMalformedResponseException e) {
            status = "malformed";
            throw e;
        } finally {
            listener.attempt(path.equals(TOKEN_PATH) ? "ACCESS_TOKEN" : operationTag(operation), status,
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static final String[] STATUS_TAGS = new String[600];

    static {
        for (int i = 100; i < 600; i++) {
            STATUS_TAGS[i] = String.valueOf(i);
        }
    }

    private static String statusTag(int status) {
        return status >= 100 && status < 600 ? STATUS_TAGS[status] : "other";
    }

    /** {@code VA_STATUS call} -> {@code VA_STATUS}: the service's name, a fixed set. */
    private static String operationTag(String operation) {
        return operation.endsWith(" call") ? operation.substring(0, operation.length() - 5) : operation;
    }

    private UpstreamAnswer exchangeOnce(Request.HttpMethod method, String path, Map<String, String> headers, byte[] body,
            String operation, long start, Request.Options attemptOptions) {
        Map<String, Collection<String>> requestHeaders = new LinkedHashMap<>(headers.size() * 2);
        headers.forEach((name, value) -> requestHeaders.put(name, List.of(value)));
        Request request = Request.create(method, url(path), requestHeaders, body, StandardCharsets.UTF_8, null);
        UpstreamAnswer reply;
        try (Response response = client.execute(request, attemptOptions)) {
            reply = read(response, operation, start);
        } catch (IOException e) {
            long ms = elapsed(start);
            SnapUnavailableException failure = SnapErrors.fromIo(e, operation, ms);
            LOG.info("SNAP {} {} -> {} after {} ms", method, path, failure.reason(), ms);
            throw failure;
        }
        if (reply.isSuccess()) {
            if (LOG.isDebugEnabled()) {
                LOG.debug("SNAP {} {} -> HTTP {} {} in {} ms", method, path, reply.status(), reply.responseCode(),
                        reply.elapsedMillis());
            }
        } else {
            LOG.info("SNAP {} {} -> HTTP {} {} in {} ms", method, path, reply.status(),
                    reply.responseCode() == null ? "(no SNAP code)" : reply.responseCode(), reply.elapsedMillis());
        }
        return reply;
    }

    private UpstreamAnswer read(Response response, String operation, long start) {
        int status = response.status();
        Duration retryAfter = retryAfter(response.headers());
        if (status >= 300 && status < 400) {
            throw new SnapRejectedException(operation + " failed: the upstream answered HTTP " + status
                    + " (a redirect). snapgate never follows redirects, because signed headers would go to another"
                    + " address; check the base URL (" + settings.baseUrl() + ")", null);
        }
        byte[] body = body(response, operation);
        if (body.length == 0) {
            return new UpstreamAnswer(status, null, "empty body", null, null, retryAfter, elapsed(start));
        }
        Map<String, Object> json;
        try {
            // parsed once, straight into the map the caller gets: numbers as BigDecimal, unknown fields kept
            json = SnapJson.MAP_READER.readValue(body);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            return new UpstreamAnswer(status, null, "JSON but not an object", null, null, retryAfter, elapsed(start));
        } catch (JsonProcessingException e) {
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            String problem = looksLikeHtml(body) ? "an HTML page, not JSON"
                    : original.startsWith("Duplicate field") ? "JSON with a duplicate key (ambiguous: which"
                            + " responseCode is meant?)"
                    : "not valid JSON" + (original.contains("end-of-input") ? " (truncated)" : "");
            return new UpstreamAnswer(status, null, problem, null, null, retryAfter, elapsed(start));
        } catch (IOException e) {
            return new UpstreamAnswer(status, null, "unreadable", null, null, retryAfter, elapsed(start));
        }
        if (json == null) {
            return new UpstreamAnswer(status, null, "JSON but not an object", null, null, retryAfter, elapsed(start));
        }
        ResponseCode code = null;
        String problem = null;
        Object codeValue = json.get("responseCode");
        if (codeValue instanceof String || codeValue instanceof Number) {
            try {
                code = ResponseCode.parse(codeValue.toString());
            } catch (IllegalArgumentException e) {
                problem = "responseCode is not seven digits";
            }
        } else {
            problem = "no responseCode";
        }
        Object message = json.get("responseMessage");
        return new UpstreamAnswer(status, json, problem, code,
                message instanceof String || message instanceof Number || message instanceof Boolean
                        ? message.toString() : null, retryAfter, elapsed(start));
    }

    /** The body {@link JdkDeadlineClient} already read within the cap (it fails with a too-large error otherwise). */
    private static byte[] body(Response response, String operation) {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SnapUnavailableException(operation + " failed: the connection broke while reading the answer ("
                    + e.getClass().getSimpleName() + ")", Reason.NETWORK, null, null, e);
        }
    }

    static Duration retryAfter(Map<String, Collection<String>> headers) {
        for (Map.Entry<String, Collection<String>> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase("Retry-After") && !h.getValue().isEmpty()) {
                String value = h.getValue().iterator().next().trim();
                try {
                    long seconds = Long.parseLong(value);
                    return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
                } catch (NumberFormatException notSeconds) {
                    try {
                        Duration d = Duration.between(ZonedDateTime.now(),
                                ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                        return d.isNegative() ? Duration.ZERO : d;
                    } catch (RuntimeException notADate) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<");
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
