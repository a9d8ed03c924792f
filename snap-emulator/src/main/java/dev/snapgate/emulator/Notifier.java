package dev.snapgate.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.snapgate.domain.Signer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends NICEPAY's signed notifications the way NICEPAY does: {@code X-TIMESTAMP}, {@code X-CLIENT-KEY} (the
 * merchant's), {@code X-SIGNATURE} = SHA256withRSA over {@code X-CLIENT-KEY|X-TIMESTAMP} with NICEPAY's notification
 * key; the body is not signed. A merchant that does not answer 2xx is tried again, up to {@link #ATTEMPTS} times in
 * all, pausing 100 ms, 200 ms, 400 ms.
 */
final class Notifier implements AutoCloseable {

    static final int ATTEMPTS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final java.util.function.Supplier<Signer> notificationKey;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1) // NICEPAY's notifier speaks plain HTTP/1.1: no h2c upgrade headers
            .build();
    private final java.util.Set<CompletableFuture<NotificationDelivery>> pending =
            java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "snapgate-emulator-notifier");
        t.setDaemon(true);
        return t;
    });

    /** One delivery as the console shows it: where, each attempt's answer and time, and the outcome. */
    private static final class Delivery {
        final long id;
        final Ledger.Notice notice;
        final java.time.Instant started;
        final java.util.List<Map<String, Object>> attempts = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile String outcome = "sending";

        Delivery(long id, Ledger.Notice notice, java.time.Instant started) {
            this.id = id;
            this.notice = notice;
            this.started = started;
        }
    }

    private final java.util.Deque<Delivery> deliveries = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final java.util.concurrent.atomic.AtomicLong deliveryIds = new java.util.concurrent.atomic.AtomicLong();

    private final boolean anyHost;

    Notifier(java.util.function.Supplier<Signer> notificationKey, Clock clock, boolean anyHost) {
        this.notificationKey = notificationKey;
        this.clock = clock;
        this.anyHost = anyHost;
    }

    /**
     * A local emulator notifies servers on this machine only (localhost, 127.0.0.0/8, ::1), unless built to notify any
     * host: example bodies and copied configurations name real merchants' URLs, and a test must never reach them.
     * The host is read from the URL, never looked up.
     */
    private boolean reachable(String url) {
        if (anyHost) {
            return true;
        }
        String host = URI.create(url).getHost();
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1");
    }

    CompletableFuture<NotificationDelivery> deliver(Ledger.Notice notice) {
        CompletableFuture<NotificationDelivery> result = new CompletableFuture<>();
        Delivery delivery = new Delivery(deliveryIds.incrementAndGet(), notice, clock.instant());
        deliveries.addLast(delivery);
        while (deliveries.size() > 200) {
            deliveries.pollFirst();
        }
        pending.add(result);
        result.whenComplete((d, e) -> {
            pending.remove(result);
            if (delivery.outcome.startsWith("not sent")) {
                return;
            }
            delivery.outcome = e != null ? "failed: " + e.getClass().getSimpleName() : d.delivered() ? "delivered"
                    : "not delivered (no 2xx after " + d.attempts() + " attempts)";
        });
        try {
            attempt(notice, 1, result, delivery);
        } catch (RuntimeException refused) { // the scheduler is shut down
            result.completeExceptionally(refused);
        }
        return result;
    }

    /** Sends {@code body} to {@code url} once, signed as NICEPAY; the HTTP status (0 when the connection failed). */
    private int sendOnce(String url, dev.snapgate.domain.ClientKey clientKey, Map<String, Object> body) {
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(body); // compact, as NICEPAY sends it
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a notification body must be JSON-serialisable", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
        NicepayHeaders.rsaSigned(notificationKey.get(), clientKey, clock).forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Every delivery, oldest first: id, target, attempts (status, time, duration), outcome, body. */
    java.util.List<Map<String, Object>> deliveries() {
        java.util.List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (Delivery d : deliveries) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("id", d.id);
            m.put("target", d.notice.url());
            m.put("merchant", d.notice.merchant().value());
            m.put("started", d.started.toString());
            m.put("attempts", java.util.List.copyOf(d.attempts));
            m.put("outcome", d.outcome);
            m.put("body", d.notice.body());
            out.add(m);
        }
        return out;
    }

    /** Delivers the notification of delivery {@code id} again, as a new delivery. */
    CompletableFuture<NotificationDelivery> resend(long id) {
        for (Delivery d : deliveries) {
            if (d.id == id) {
                return deliver(d.notice);
            }
        }
        return CompletableFuture.failedFuture(new IllegalArgumentException("no delivery " + id + " is kept"));
    }

    private void attempt(Ledger.Notice notice, int n, CompletableFuture<NotificationDelivery> result,
            Delivery delivery) {
        scheduler.schedule(() -> {
            try {
                long t0 = System.nanoTime();
                java.time.Instant at = clock.instant();
                if (!reachable(notice.url())) {
                    delivery.attempts.add(Map.of("attempt", n, "at", clock.instant().toString(), "status", 0,
                            "millis", 0L));
                    delivery.outcome = "not sent: " + URI.create(notice.url()).getHost() + " is not on this machine"
                            + " (a local emulator notifies localhost only unless told to notify any host)";
                    result.complete(new NotificationDelivery(notice.url(), n, 0, false));
                    return;
                }
                int status = sendOnce(notice.url(), notice.merchant(), notice.body());
                delivery.attempts.add(Map.of("attempt", n, "at", at.toString(), "status", status,
                        "millis", (System.nanoTime() - t0) / 1_000_000));
                boolean ok = status >= 200 && status < 300;
                if (ok || n >= ATTEMPTS) {
                    result.complete(new NotificationDelivery(notice.url(), n, status, ok));
                } else {
                    attempt(notice, n + 1, result, delivery);
                }
            } catch (RuntimeException e) { // a URL the JDK client cannot use: the delivery fails, never hangs
                result.completeExceptionally(e);
            }
        }, n == 1 ? 0 : 100L << (n - 2), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        IllegalStateException stopped = new IllegalStateException("the emulator stopped before the notification"
                + " was delivered");
        pending.forEach(f -> f.completeExceptionally(stopped));
    }
}
