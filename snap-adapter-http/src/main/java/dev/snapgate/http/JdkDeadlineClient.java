package dev.snapgate.http;

import dev.snapgate.domain.error.SnapConfigurationException;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Feign's {@link Client} on the JDK {@link HttpClient}, with one deadline per attempt that covers connecting, the
 * response headers and the whole body, and a body cap enforced while reading. The JDK's own request timeout stops at
 * the headers, so an upstream that sent headers and then stalled used to hang a call for good; here the JDK's request
 * timeout covers the headers and a sweeper ends any body still arriving at the deadline (cancelling its stream), so
 * the caller gets an {@link HttpTimeoutException}. Requests go out with the synchronous {@code send}, as a plain JDK
 * caller's do. Thread-safe.
 */
final class JdkDeadlineClient implements Client {

    /** The JDK property that makes its client re-send POSTs on a broken connection: money would be sent twice. */
    static final String ALL_METHOD_RETRY = "jdk.httpclient.enableAllMethodRetry";

    /**
     * Whether the JDK client sets {@code name} itself (content-length, host, connection, expect, upgrade), matched by
     * length first, without a lower-case copy or a sorted-set walk per header and call.
     */
    static boolean restricted(String name) {
        return switch (name.length()) {
            case 4 -> name.equalsIgnoreCase("host");
            case 6 -> name.equalsIgnoreCase("expect");
            case 7 -> name.equalsIgnoreCase("upgrade");
            case 10 -> name.equalsIgnoreCase("connection");
            case 14 -> name.equalsIgnoreCase("content-length");
            default -> false;
        };
    }

    private final HttpClient jdk;
    private final Duration requestTimeout;
    private final long deadlineNanos;
    private final int maxBodyBytes;

    JdkDeadlineClient(HttpClient jdk, Duration connectTimeout, Duration readTimeout, int maxBodyBytes) {
        refuseAllMethodRetry();
        this.jdk = Objects.requireNonNull(jdk, "jdk");
        this.requestTimeout = readTimeout;
        this.deadlineNanos = connectTimeout.plus(readTimeout).toNanos();
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Refuses to work while the JDK client is told to re-send non-idempotent requests (by {@code -D},
     * {@code JAVA_TOOL_OPTIONS} or the JDK's {@code net.properties}).
     */
    static void refuseAllMethodRetry() {
        String value = System.getProperty(ALL_METHOD_RETRY);
        String origin = "the system property";
        if (value == null) {
            value = netProperty(ALL_METHOD_RETRY);
            origin = "the JDK's conf/net.properties";
        }
        if (value != null && !value.strip().equalsIgnoreCase("false")) {
            throw new SnapConfigurationException(ALL_METHOD_RETRY + " is set (by " + origin + "): with it the JDK"
                    + " HTTP client silently re-sends POST requests on a broken connection, so a payment could reach"
                    + " NICEPAY twice. Remove the setting (check -D options, JAVA_TOOL_OPTIONS and net.properties)"
                    + " before using snapgate");
        }
    }

    private static String netProperty(String name) {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("java.home"), "conf", "net.properties");
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            java.util.Properties props = new java.util.Properties();
            props.load(in);
            return props.getProperty(name);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        // the client's timeouts, or shorter ones when the call's own deadline leaves less (never longer)
        long asked = TimeUnit.MILLISECONDS.toNanos(options.connectTimeoutMillis() + options.readTimeoutMillis());
        long attemptNanos = Math.min(asked, deadlineNanos);
        Duration headerTimeout = asked < deadlineNanos ? Duration.ofNanos(asked) : requestTimeout;
        long deadline = System.nanoTime() + attemptNanos;
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request.url()))
                .timeout(headerTimeout)
                .method(request.httpMethod().name(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
            if (restricted(header.getKey())) {
                continue;
            }
            for (String value : header.getValue()) {
                try {
                    builder.header(header.getKey(), value);
                } catch (IllegalArgumentException e) {
                    // the JDK's message quotes the value, which may be a token: name the header only
                    throw new SnapConfigurationException("the " + header.getKey() + " header would carry characters"
                            + " HTTP does not allow (control characters or line breaks); nothing was sent. Fix the"
                            + " value given for it");
                }
            }
        }
        HttpResponse<byte[]> response;
        try {
            // the synchronous send, as a plain JDK caller does: sendAsync would hop through the common pool's
            // executor, which on a 2-core machine starts a new thread for every request
            response = jdk.send(builder.build(), info -> new CappedSubscriber(maxBodyBytes, declaredLength(info),
                    deadline, attemptNanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the answer");
        }
        // the adapter reads only Retry-After (and the body): copying every header into Feign's case-insensitive
        // maps cost more than the rest of the response handling
        Map<String, Collection<String>> headers = response.headers().firstValue("Retry-After")
                .<Map<String, Collection<String>>>map(v -> Map.of("Retry-After", List.of(v))).orElse(Map.of());
        return Response.builder()
                .status(response.statusCode())
                .reason("")
                .headers(headers)
                .body(response.body())
                .request(request)
                .protocolVersion(Request.ProtocolVersion.HTTP_1_1)
                .build();
    }

    /** The few URIs a client calls (one base URL, a dozen paths), parsed once each. */
    private final java.util.concurrent.ConcurrentMap<String, URI> uris = new java.util.concurrent.ConcurrentHashMap<>();

    private URI uri(String url) {
        URI known = uris.get(url);
        if (known != null) {
            return known;
        }
        URI parsed = URI.create(url);
        if (uris.size() < 256) {
            uris.putIfAbsent(url, parsed);
        }
        return parsed;
    }

    private static long declaredLength(HttpResponse.ResponseInfo info) {
        return info.headers().firstValueAsLong("Content-Length").orElse(-1L);
    }

    /** The body exceeded the cap; reading stopped there. */
    static final class ResponseTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        ResponseTooLargeException(String message) {
            super(message);
        }
    }

    /**
     * Bodies being read, swept every 50 ms by one daemon thread for every client: a body past its attempt's deadline
     * is ended. A sweep instead of a timer per request: scheduling (and cancelling) a timer for every call woke the
     * timer thread on every call, which a busy 2-core machine paid for in throughput.
     */
    private static final java.util.Set<CappedSubscriber> IN_FLIGHT = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService SWEEPER = sweeper();

    private static ScheduledExecutorService sweeper() {
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "snapgate-body-deadline");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(() -> {
            long now = System.nanoTime();
            for (CappedSubscriber body : IN_FLIGHT) {
                if (now - body.deadline >= 0) {
                    body.expire();
                }
            }
        }, 50, 50, TimeUnit.MILLISECONDS);
        return sweeper;
    }

    /**
     * Collects at most {@code max} bytes, then cancels the stream and fails with {@link ResponseTooLargeException};
     * and fails with an {@link HttpTimeoutException} (cancelling the stream) if the body is not complete by the
     * attempt's deadline.
     */
    private static final class CappedSubscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final long declared;
        private final long deadline;
        private final long deadlineNanos;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private byte[] buffer;
        private int size;
        private volatile Flow.Subscription subscription;

        CappedSubscriber(int max, long declared, long deadline, long deadlineNanos) {
            this.max = max;
            this.declared = declared;
            this.deadline = deadline;
            this.deadlineNanos = deadlineNanos;
            this.buffer = new byte[(int) Math.min(max, declared >= 0 ? declared : 1024)];
        }

        private void expire() {
            IN_FLIGHT.remove(this);
            if (result.completeExceptionally(new HttpTimeoutException("no complete answer within the attempt's"
                    + " deadline of " + TimeUnit.NANOSECONDS.toMillis(deadlineNanos) + " ms (connect + read timeout,"
                    + " body included)"))) {
                Flow.Subscription s = subscription;
                if (s != null) {
                    s.cancel();
                }
            }
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            this.subscription = s;
            if (deadline - System.nanoTime() <= 0) {
                expire();
                return;
            }
            if (declared > max) {
                s.cancel();
                result.completeExceptionally(new ResponseTooLargeException("the upstream declared a " + declared
                        + "-byte body, more than the " + max + "-byte cap; refused unread"));
                return;
            }
            IN_FLIGHT.add(this);
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int n = item.remaining();
                if ((long) size + n > max) {
                    IN_FLIGHT.remove(this);
                    subscription.cancel();
                    result.completeExceptionally(new ResponseTooLargeException("the upstream's body exceeds the "
                            + max + "-byte cap; refused"));
                    return;
                }
                if (size + n > buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, Math.min(max, Math.max(size + n, buffer.length * 2)));
                }
                item.get(buffer, size, n);
                size += n;
            }
        }

        @Override
        public void onError(Throwable throwable) {
            IN_FLIGHT.remove(this);
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            IN_FLIGHT.remove(this);
            result.complete(size == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, size));
        }
    }
}
