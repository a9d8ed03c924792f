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

    Notifier(java.util.function.Supplier<Signer> notificationKey, Clock clock) {
        this.notificationKey = notificationKey;
        this.clock = clock;
    }

    CompletableFuture<NotificationDelivery> deliver(Ledger.Notice notice) {
        CompletableFuture<NotificationDelivery> result = new CompletableFuture<>();
        pending.add(result);
        result.whenComplete((d, e) -> pending.remove(result));
        try {
            attempt(notice, 1, result);
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

    private void attempt(Ledger.Notice notice, int n, CompletableFuture<NotificationDelivery> result) {
        scheduler.schedule(() -> {
            try {
                int status = sendOnce(notice.url(), notice.merchant(), notice.body());
                boolean ok = status >= 200 && status < 300;
                if (ok || n >= ATTEMPTS) {
                    result.complete(new NotificationDelivery(notice.url(), n, status, ok));
                } else {
                    attempt(notice, n + 1, result);
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
