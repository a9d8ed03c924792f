package dev.snapgate.http;

import dev.snapgate.domain.error.SnapConfigurationException;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Feign's {@link Client} on the JDK {@link HttpClient}, with one deadline per attempt that covers connecting, the
 * response headers and the whole body, and a body cap enforced while reading. The JDK's own request timeout stops at
 * the headers, so an upstream that sent headers and then stalled used to hang a call for good; here the JDK's request
 * timeout covers the headers and {@link DeadlineSweep} ends any body still arriving at the deadline (cancelling its
 * stream), so the caller gets an {@link HttpTimeoutException}. Requests go out with the synchronous {@code send}, as a
 * plain JDK caller's do. Thread-safe.
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
    /**
     * How the body is read. On snapgate's {@link InlineExecutor} the JDK client hands the body to a subscriber of
     * snapgate's ({@link CappedBody}) on its selector thread, and the caller wakes once, with the whole answer. On
     * any other executor the JDK would hand such a subscriber's work to that executor, one more thread switch per
     * call (+1 voluntary context switch and +10-20 % CPU per call at 32 callers, measured), so there the body comes
     * through the JDK's own {@code InputStream} subscriber, which it runs inline, and is read on the calling thread
     * (a second wait when the body comes after the headers). Cap and whole-attempt deadline are the same either way.
     */
    private final boolean collectInline;
    private final Duration requestTimeout;
    private final long deadlineNanos;
    private final int maxBodyBytes;

    JdkDeadlineClient(HttpClient jdk, Duration connectTimeout, Duration readTimeout, int maxBodyBytes) {
        refuseAllMethodRetry();
        this.jdk = Objects.requireNonNull(jdk, "jdk");
        this.collectInline = jdk.executor().filter(e -> e == InlineExecutor.INSTANCE).isPresent();
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
        // the synchronous send, as a plain JDK caller does: sendAsync would hop through the common pool's executor,
        // which on a 2-core machine starts a new thread for every request
        HttpRequest built = builder.build();
        HttpResponse<?> response;
        byte[] body;
        if (collectInline) {
            CappedBody collector = new CappedBody(maxBodyBytes, deadline, attemptNanos);
            try {
                HttpResponse<byte[]> whole = send(built, collector::forResponse);
                response = whole;
                body = whole.body();
            } finally {
                DeadlineSweep.forget(collector);
            }
        } else {
            HttpResponse<InputStream> streamed = send(built, HttpResponse.BodyHandlers.ofInputStream());
            response = streamed;
            body = readBody(streamed, deadline, attemptNanos);
        }
        // the adapter reads only Retry-After (and the body): copying every header into Feign's case-insensitive
        // maps cost more than the rest of the response handling
        String retryAfter = firstValue(response.headers(), "Retry-After");
        Map<String, Collection<String>> headers = retryAfter == null ? Map.of()
                : Map.of("Retry-After", List.of(retryAfter));
        return Response.builder()
                .status(response.statusCode())
                .reason("")
                .headers(headers)
                .body(body)
                .request(request)
                .protocolVersion(Request.ProtocolVersion.HTTP_1_1)
                .build();
    }

    /** The JDK's synchronous send, an interrupt of the wait reported as the {@link InterruptedIOException} it is. */
    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return jdk.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the answer");
        }
    }

    /**
     * Reads the whole body within the cap and the attempt's deadline: a body declared larger than the cap is refused
     * unread, one that grows past it is cut off, and one still arriving at the deadline is ended by the sweep
     * (which closes the stream, cancelling it). The stream is always read to its end or closed, so the connection
     * goes back to the pool or is dropped, never leaked.
     */
    private byte[] readBody(HttpResponse<InputStream> response, long deadline, long attemptNanos) throws IOException {
        InputStream stream = response.body();
        long declared = declaredLength(response.headers());
        if (declared > maxBodyBytes) {
            stream.close();
            throw ResponseTooLargeException.declared(declared, maxBodyBytes);
        }
        if (deadline - System.nanoTime() <= 0) {
            stream.close();
            throw bodyTimeout(attemptNanos);
        }
        BodyRead read = new BodyRead(stream, deadline);
        DeadlineSweep.watch(read);
        boolean complete = false;
        try {
            byte[] body = read.readCapped(maxBodyBytes, declared);
            complete = true;
            return body;
        } catch (IOException e) {
            if (read.expired) {
                throw bodyTimeout(attemptNanos);
            }
            if (e.getCause() instanceof InterruptedException) {
                // the JDK's stream wraps an interrupt of a blocked read (and restores the thread's flag)
                throw new InterruptedIOException("interrupted while reading the answer");
            }
            throw e;
        } finally {
            DeadlineSweep.forget(read);
            if (!complete) {
                stream.close();
            }
        }
    }

    /**
     * The first value of a response header, or null: what {@code HttpHeaders.firstValue} returns, from the same
     * case-insensitive map, without the stream and {@code Optional} it builds per lookup (~1.5 µs per call for the two
     * lookups at 32 callers, profiled).
     */
    static String firstValue(java.net.http.HttpHeaders headers, String name) {
        List<String> values = headers.map().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * The body's declared length, or -1 when there is none. (The JDK client refuses a malformed
     * {@code Content-Length} itself before any body handler runs; -1 then only means "read to the cap".)
     */
    static long declaredLength(java.net.http.HttpHeaders headers) {
        String length = firstValue(headers, "Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }

    /** A body buffer's first size: the declared length within the cap, else 1 KiB (grown as it fills). */
    private static byte[] firstBuffer(int max, long declared) {
        return new byte[(int) Math.min(max, declared >= 0 ? declared : 1024)];
    }

    /** {@code buffer} with room for {@code needed} bytes: doubled, at most {@code max}. */
    private static byte[] grown(byte[] buffer, int needed, int max) {
        return java.util.Arrays.copyOf(buffer, Math.min(max, Math.max(needed, buffer.length * 2)));
    }

    /** The first {@code size} bytes of {@code buffer}, without a copy when that is all of it. */
    private static byte[] filled(byte[] buffer, int size) {
        return size == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, size);
    }

    private static HttpTimeoutException bodyTimeout(long attemptNanos) {
        return new HttpTimeoutException("no complete answer within the attempt's deadline of "
                + TimeUnit.NANOSECONDS.toMillis(attemptNanos) + " ms (connect + read timeout, body included)");
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

    /** The body exceeded the cap; reading stopped there. */
    static final class ResponseTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        ResponseTooLargeException(String message) {
            super(message);
        }

        /** A declared length over the cap: nothing was read. */
        static ResponseTooLargeException declared(long declared, int max) {
            return new ResponseTooLargeException("the upstream declared a " + declared + "-byte body, more than the "
                    + max + "-byte cap; refused unread");
        }

        /** The body grew past the cap while it was read. */
        static ResponseTooLargeException exceeds(int max) {
            return new ResponseTooLargeException("the upstream's body exceeds the " + max + "-byte cap; refused");
        }
    }

    /**
     * The whole body, collected as the JDK client delivers it (on its selector thread, with {@link InlineExecutor}):
     * at most {@code max} bytes, else the stream is cancelled and the answer fails with
     * {@link ResponseTooLargeException} (at once when the declared length is already over); and if it is not complete
     * by the attempt's deadline, {@link DeadlineSweep} fails it with an {@link HttpTimeoutException} and cancels the
     * stream. The JDK client completes {@code send} only when this completes, so the caller waits once.
     */
    private static final class CappedBody extends DeadlineSweep.Watched
            implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final long attemptNanos;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private volatile Flow.Subscription subscription;
        private long declared = -1;
        private byte[] buffer;
        private int size;

        CappedBody(int max, long deadline, long attemptNanos) {
            super(deadline);
            this.max = max;
            this.attemptNanos = attemptNanos;
        }

        /** The handler's side: the status and headers are in; the body follows into this subscriber. */
        HttpResponse.BodySubscriber<byte[]> forResponse(HttpResponse.ResponseInfo info) {
            declared = declaredLength(info.headers());
            return this;
        }

        @Override
        void expire() {
            if (result.completeExceptionally(bodyTimeout(attemptNanos))) {
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
            subscription = s;
            if (declared > max) {
                s.cancel();
                result.completeExceptionally(ResponseTooLargeException.declared(declared, max));
                return;
            }
            if (deadline() - System.nanoTime() <= 0) {
                expire();
                return;
            }
            buffer = firstBuffer(max, declared);
            DeadlineSweep.watch(this);
            if (result.isDone()) {
                s.cancel(); // expired between the check and the watch
                return;
            }
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
                    DeadlineSweep.forget(this);
                    subscription.cancel();
                    result.completeExceptionally(ResponseTooLargeException.exceeds(max));
                    return;
                }
                if (size + n > buffer.length) {
                    buffer = grown(buffer, size + n, max);
                }
                item.get(buffer, size, n);
                size += n;
            }
        }

        @Override
        public void onError(Throwable failure) {
            DeadlineSweep.forget(this);
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            DeadlineSweep.forget(this);
            result.complete(buffer == null ? new byte[0] : filled(buffer, size));
        }
    }

    /** One body being read by its caller, and the deadline by which it must be complete. */
    private static final class BodyRead extends DeadlineSweep.Watched {
        private final InputStream stream;
        private volatile boolean expired;

        BodyRead(InputStream stream, long deadline) {
            super(deadline);
            this.stream = stream;
        }

        /** Called by the sweep: closing the JDK's stream cancels it and wakes a blocked read with an error. */
        @Override
        void expire() {
            expired = true;
            try {
                stream.close();
            } catch (IOException | RuntimeException ignored) {
                // the reader sees the stream closed either way
            }
        }

        /** The body to its end, at most {@code max} bytes (sized by the declared length when there is one). */
        byte[] readCapped(int max, long declared) throws IOException {
            byte[] buffer = firstBuffer(max, declared);
            int size = 0;
            while (true) {
                if (size == buffer.length) {
                    int next = stream.read();
                    if (next < 0) {
                        return buffer;
                    }
                    if (size == max) {
                        throw ResponseTooLargeException.exceeds(max);
                    }
                    buffer = grown(buffer, size + 1, max);
                    buffer[size++] = (byte) next;
                    continue;
                }
                int n = stream.read(buffer, size, buffer.length - size);
                if (n < 0) {
                    return filled(buffer, size);
                }
                size += n;
            }
        }
    }
}
