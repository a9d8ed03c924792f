package dev.snapgate.benchmarks.inbound;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.inbound.Bill;
import dev.snapgate.domain.inbound.BillLookup;
import dev.snapgate.domain.inbound.Bills;
import dev.snapgate.domain.inbound.Booking;
import dev.snapgate.domain.inbound.InboundNotification;
import dev.snapgate.domain.inbound.VaInquiry;
import dev.snapgate.domain.inbound.VaPayment;
import dev.snapgate.emulator.NicepayFlow;
import dev.snapgate.inbound.internal.InMemoryBills;
import dev.snapgate.inbound.SnapInbound;
import dev.snapgate.servlet.JettyInboundServer;
import dev.snapgate.signing.GeneratedKeyPair;
import dev.snapgate.signing.HmacSha512Signer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The inbound side soaked on loopback, bounded in time and count: the inbound core on the server {@code snapgate
 * serve} runs ({@link JettyInboundServer}), NICEPAY played by the emulator's {@link NicepayFlow}.
 *
 * <ul>
 *   <li>50 concurrent NICEPAY flows (token once per flow, then inquiry and payment of a distinct bill each) for the
 *       given seconds;</li>
 *   <li>every 10 s a burst of 1,000 distinct notifications, all signed in one second (identical headers);</li>
 *   <li>the platform ({@code Bills}, the receiver) fails 5 % of calls; NICEPAY retries every {@code 5xx} answer with
 *       the same {@code X-EXTERNAL-ID} (re-signed), as it does.</li>
 * </ul>
 *
 * <p>Checks at the end: every paid bill booked exactly once, every distinct notification received exactly once, no
 * request lost. Reports inbound throughput and p50/p99 per request beside a raw baseline: a plain Jetty handler
 * answering a fixed JSON on the same kind of connector, driven by the same 50 callers for 10 s, in the same run.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.snapgate.benchmarks.inbound.InboundSoak [seconds, default 60]
 * </pre>
 */
public final class InboundSoak {

    private static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");
    private static final Secret SECRET = Secret.of("inbound-soak-client-secret");
    private static final int FLOWS = 50;
    private static final int BURST = 1000;

    private final Map<String, AtomicInteger> booked = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notified = new ConcurrentHashMap<>();
    private final LongAdder injected = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder unexpected = new LongAdder();
    /** Requests that got no HTTP answer at all (a connection closed under them): NICEPAY sends them again. */
    private final LongAdder transport = new LongAdder();

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        new InboundSoak().run(seconds);
    }

    private boolean fails() {
        if (ThreadLocalRandom.current().nextInt(100) < 5) {
            injected.increment();
            return true;
        }
        return false;
    }

    private void run(int seconds) throws Exception {
        GeneratedKeyPair transaction = GeneratedKeyPair.rsa(2048);
        GeneratedKeyPair notification = GeneratedKeyPair.rsa(2048);
        InMemoryBills book = new InMemoryBills();
        int bills = 200_000;
        for (int i = 0; i < bills; i++) {
            book.open(new Bill(String.valueOf(8_800_000_000L + i), "Bill " + i, Amount.idr("10000.00")));
        }
        Bills flaky = new Bills() {
            @Override
            public BillLookup find(VaInquiry inquiry) {
                if (fails()) {
                    throw new IllegalStateException("injected");
                }
                return book.find(inquiry);
            }

            @Override
            public Booking book(VaPayment payment) {
                if (fails()) {
                    throw new IllegalStateException("injected");
                }
                Booking b = book.book(payment);
                if (b.outcome() == Booking.Outcome.BOOKED) {
                    booked.computeIfAbsent(payment.virtualAccountNo(), k -> new AtomicInteger()).incrementAndGet();
                }
                return b;
            }
        };
        SnapInbound core = SnapInbound.builder().nicepayPublicKey(transaction.verifier())
                .notificationPublicKey(notification.verifier()).clientKey(CLIENT)
                .clientSecret(new HmacSha512Signer(SECRET)).bills(flaky).notifications(n -> {
                    if (fails()) {
                        throw new IllegalStateException("injected");
                    }
                    String trx = ((InboundNotification.VaPaid) n).trxId();
                    notified.computeIfAbsent(trx, k -> new AtomicInteger()).incrementAndGet();
                }).build();
        System.out.printf(Locale.ROOT, "inbound soak: %d s, %d flows, bursts of %d notifications, 5%% platform"
                + " failures, %d cores, Java %s%n", seconds, FLOWS, BURST, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        Result raw = rawBaseline(10);
        try (JettyInboundServer server = JettyInboundServer.builder(core).bind(new InetSocketAddress("127.0.0.1", 0))
                .maxThreads(128).start()) {
            soak(server.baseUrl(), transaction.signingKey().signer(), notification.signingKey().signer(), seconds,
                    raw);
        }
    }

    /** One request's fate: its latency, or an unexpected answer. */
    private record Result(double perSecond, double p50Ms, double p99Ms, long requests) {
    }

    private void soak(URI base, Signer transactionKey, Signer notificationKey, int seconds, Result raw)
            throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger nextBill = new AtomicInteger();
        LongAdder requests = new LongAdder();
        List<Long> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(FLOWS + 1);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < FLOWS; w++) {
            workers.add(pool.submit(() -> {
                NicepayFlow nicepay = new NicepayFlow(base, CLIENT, transactionKey, notificationKey, SECRET,
                        Clock.systemUTC());
                Secret token = null;
                while (System.nanoTime() < end) {
                    if (token == null) {
                        NicepayFlow.Step t = timed(nicepay::token, samples, requests);
                        if (!t.succeeded()) {
                            continue; // NICEPAY asks again (a token request of the same second is good once)
                        }
                        token = Secret.of(t.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1"));
                    }
                    String va = String.valueOf(8_800_000_000L + nextBill.getAndIncrement());
                    Secret bearer = token;
                    Map<String, Object> inquiry = new LinkedHashMap<>(Map.of("partnerServiceId", "   88000",
                            "customerNo", "1", "virtualAccountNo", va, "inquiryRequestId", "I" + va,
                            "additionalInfo", Map.of("bankCd", "BMRI")));
                    String inquiryCode = withRetries(() -> nicepay.signed("inquiry", "/api/v1.0/transfer-va/inquiry",
                            bearer, inquiry, "1" + va), samples, requests);
                    if (!inquiryCode.equals("2002400")) {
                        unexpected.increment();
                        continue;
                    }
                    Map<String, Object> payment = new LinkedHashMap<>(Map.of("partnerServiceId", "   88000",
                            "customerNo", "1", "virtualAccountNo", va, "paymentRequestId", "P" + va,
                            "paidAmount", Amount.idr("10000.00").toWire(), "additionalInfo",
                            Map.of("bankCd", "BMRI")));
                    if (!withRetries(() -> nicepay.signed("payment", "/api/v1.0/transfer-va/payment", bearer,
                            payment, "2" + va), samples, requests).equals("2002500")) {
                        unexpected.increment();
                    }
                }
                return null;
            }));
        }
        int bursts = 0;
        int sentNotifications = 0;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService burstPool = Executors.newFixedThreadPool(32);
        while (System.nanoTime() < end - TimeUnit.SECONDS.toNanos(2)) {
            Map<String, String> headers = rsaHeaders(notificationKey);
            List<Future<?>> sends = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                String trx = "B" + bursts + "-" + i;
                sentNotifications++;
                sends.add(burstPool.submit(() -> notifyUntilAccepted(http, base, headers, notificationKey, trx,
                        samples, requests)));
            }
            for (Future<?> f : sends) {
                f.get();
            }
            bursts++;
            long pause = Math.min(TimeUnit.SECONDS.toNanos(10), end - System.nanoTime());
            if (pause > 0) {
                TimeUnit.NANOSECONDS.sleep(pause); // the harness's pacing, not a test's wait
            }
        }
        for (Future<?> f : workers) {
            f.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        burstPool.shutdown();
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        Result soak = new Result(requests.sum() / elapsed, pct(sorted, 0.50), pct(sorted, 0.99), requests.sum());

        long doubleBooked = booked.values().stream().filter(c -> c.get() != 1).count();
        long paid = booked.size();
        long lostNotifications = sentNotifications - notified.size();
        long doubleNotified = notified.values().stream().filter(c -> c.get() != 1).count();
        System.out.printf(Locale.ROOT, "flows: %d bills paid, %d booked other than once; %d unexpected answers%n",
                paid, doubleBooked, unexpected.sum());
        System.out.printf(Locale.ROOT, "notifications: %d bursts, %d sent, %d received, %d lost, %d received other"
                + " than once%n", bursts, sentNotifications, notified.size(), lostNotifications, doubleNotified);
        System.out.printf(Locale.ROOT, "platform failures injected: %d; NICEPAY retries: %d; requests without an"
                + " HTTP answer (sent again): %d%n", injected.sum(), retries.sum(), transport.sum());
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %10s %10s%n", "server", "requests", "req/s", "p50 ms",
                "p99 ms");
        System.out.printf(Locale.ROOT, "%-28s %10d %10.0f %10.2f %10.2f%n", "raw Jetty handler", raw.requests(),
                raw.perSecond(), raw.p50Ms(), raw.p99Ms());
        System.out.printf(Locale.ROOT, "%-28s %10d %10.0f %10.2f %10.2f%n", "snapgate inbound (serve)",
                soak.requests(), soak.perSecond(), soak.p50Ms(), soak.p99Ms());
        boolean exact = doubleBooked == 0 && lostNotifications == 0 && doubleNotified == 0 && unexpected.sum() == 0;
        System.out.println(exact ? "EXACTLY ONCE: every bill booked once, every notification received once"
                : "NOT EXACTLY ONCE: see the counts above");
        if (!exact) {
            System.exit(1);
        }
    }

    private Map<String, String> rsaHeaders(Signer key) {
        SnapTimestamp ts = SnapTimestamp.now(Clock.systemUTC());
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.put("X-TIMESTAMP", ts.value());
        h.put("X-CLIENT-KEY", CLIENT.value());
        h.put("X-SIGNATURE", key.sign(StringToSign.forTokenRequest(CLIENT, ts)).value());
        return h;
    }

    private Void notifyUntilAccepted(HttpClient http, URI base, Map<String, String> firstHeaders, Signer key,
            String trx, List<Long> samples, LongAdder requests) throws Exception {
        String body = "{\"partnerServiceId\":\"   88000\",\"customerNo\":\"1\",\"virtualAccountNo\":\"8800\","
                + "\"trxId\":\"" + trx + "\",\"paidAmount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"}}";
        Map<String, String> headers = firstHeaders;
        for (int attempt = 0; attempt < 20; attempt++) {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + "/api/v1.0/transfer-va/payment"))
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(r::header);
            long t0 = System.nanoTime();
            HttpResponse<String> answer;
            try {
                answer = http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (java.io.IOException noAnswer) {
                transport.increment();
                headers = rsaHeaders(key);
                continue;
            }
            samples.add(System.nanoTime() - t0);
            requests.increment();
            if (answer.statusCode() == 200) {
                return null;
            }
            if (answer.statusCode() < 500) {
                unexpected.increment();
                return null;
            }
            retries.increment();
            headers = rsaHeaders(key); // NICEPAY's retry: the same body, signed anew
        }
        unexpected.increment();
        return null;
    }

    @FunctionalInterface
    private interface Call {
        NicepayFlow.Step send() throws Exception;
    }

    private NicepayFlow.Step timed(Call call, List<Long> samples, LongAdder requests) throws Exception {
        long t0 = System.nanoTime();
        NicepayFlow.Step step;
        try {
            step = call.send();
        } catch (java.io.IOException noAnswer) {
            transport.increment();
            return new NicepayFlow.Step("no answer", 0, "", "");
        }
        samples.add(System.nanoTime() - t0);
        requests.increment();
        return step;
    }

    /** Sends until the answer is not a 5xx, as NICEPAY retries; the final SNAP code. */
    private String withRetries(Call call, List<Long> samples, LongAdder requests) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            NicepayFlow.Step step = timed(call, samples, requests);
            if (step.status() != 0 && step.status() < 500) {
                return step.responseCode();
            }
            retries.increment();
        }
        return "gave up";
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e6;
    }

    /** A plain Jetty handler answering a fixed JSON, driven by the same 50 callers: the server's own cost. */
    private Result rawBaseline(int seconds) throws Exception {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        byte[] answer = "{\"responseCode\":\"2002400\",\"responseMessage\":\"Successful\"}"
                .getBytes(StandardCharsets.UTF_8);
        jetty.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                org.eclipse.jetty.io.Content.Source.asString(request); // read the body, as a real handler does
                response.setStatus(200);
                response.write(true, java.nio.ByteBuffer.wrap(answer), callback);
                return true;
            }
        });
        jetty.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/api/v1.0/transfer-va/inquiry");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Long> samples = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(FLOWS);
            List<Future<?>> callers = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < FLOWS; i++) {
                callers.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    byte[] body = new byte[900];
                    Arrays.fill(body, (byte) ' ');
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            http.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            samples.add(System.nanoTime() - t0);
                        } catch (java.io.IOException e) {
                            transport.increment();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : callers) {
                f.get();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Result(sorted.length / elapsed, pct(sorted, 0.5), pct(sorted, 0.99), sorted.length);
        } finally {
            jetty.stop();
        }
    }
}
