package dev.snapgate.benchmarks.hotpath;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.http.ResilienceSettings;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PemKeyLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.Mac;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Issue 26's virtual-thread proof, run on Java 21+ (the project compiles for 17; virtual threads are reached by
 * reflection): N virtual-thread callers (default 1,000) make signed VA status calls against {@link SigningStub} in its
 * own JVM, through a raw JDK client, the raw client bounded by a semaphore (waiting without a limit, and waiting at
 * most 5 s), and snapgate (bulkhead {@code maxConcurrentCalls}, the JDK client on a virtual-thread executor), in
 * rounds after a warm-up that waits for the JIT; the cases run in rotating order, so 4 rounds put each case once in
 * each position. For each round it reports throughput, latency, JFR {@code jdk.VirtualThreadPinned} events
 * (threshold 0), the peak of live platform threads and the peak of open TCP connections to the stub (from
 * {@code /proc/net/tcp}) and the client JVM's CPU per call.
 *
 * <pre>
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp benchmarks/target/benchmarks.jar \
 *     dev.snapgate.benchmarks.hotpath.VirtualThreadHarness [callers] [seconds] [bulkhead] [rounds]
 * </pre>
 */
public final class VirtualThreadHarness {

    private static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");
    private static final String SECRET = "hot-path-client-secret";
    private static final boolean INLINE = !"virtual".equals(System.getProperty("harness.executor", "inline"));

    private final URI base;
    private final URI rawBase;
    private final URI boundedBase;
    private final java.util.concurrent.Semaphore rawSlots;
    /** The same bound with a bounded wait, as snapgate's bulkhead waits (at most 5 s, its default maxWaitForSlot). */
    private final java.util.concurrent.Semaphore timedSlots;
    private final HttpClient boundedJdk;
    private final SnapClient snapgate;
    private final HttpClient jdk;
    private final Map<String, Object> body = new LinkedHashMap<>();
    private final KeyPair pair;
    private volatile String rawToken;

    private VirtualThreadHarness(URI base, URI rawBase, URI boundedBase, KeyPair pair, int bulkhead,
            ExecutorService httpExecutor) throws Exception {
        this.base = base;
        this.rawBase = rawBase;
        this.boundedBase = boundedBase;
        this.rawSlots = new java.util.concurrent.Semaphore(bulkhead, true);
        this.timedSlots = new java.util.concurrent.Semaphore(bulkhead, true);
        this.pair = pair;
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        SnapClient.Builder snap = SnapClient.builder().baseUrl(base)
                .merchant(Merchant.of(CLIENT, PemKeyLoader.parse(pem, "harness key", java.util.Optional.empty())
                        .signer(), new HmacSha512Signer(Secret.of(SECRET))))
                .resilience(ResilienceSettings.builder().maxConcurrentCalls(bulkhead)
                        .maxWaitForSlot(Duration.ofSeconds(30)).build())
                .readTimeout(Duration.ofSeconds(30));
        // every client on the same executor: a virtual thread per task (-Dharness.executor=virtual, as a platform on
        // virtual threads might give), or inline (the default: snapgate's own default, the raw clients given
        // Runnable::run)
        java.util.concurrent.Executor executor = INLINE ? Runnable::run : httpExecutor;
        if (!INLINE) {
            snap.httpExecutor(httpExecutor);
        }
        snapgate = snap.build();
        jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        boundedJdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        body.putAll(dev.snapgate.benchmarks.BenchBodies.vaStatus());
    }

    public static void main(String[] args) throws Exception {
        int callers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int bulkhead = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        ExecutorService virtual = (ExecutorService) java.util.concurrent.Executors.class
                .getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        // one stub per client (same code, same machine), so each client's connections are counted on their own
        Process stub = SigningStub.start(pair, SECRET);
        Process rawStub = SigningStub.start(pair, SECRET);
        Process boundedStub = SigningStub.start(pair, SECRET);
        try {
            new VirtualThreadHarness(SigningStub.baseUrl(stub), SigningStub.baseUrl(rawStub),
                    SigningStub.baseUrl(boundedStub), pair, bulkhead, virtual).run(callers, seconds, bulkhead, rounds);
        } finally {
            for (Process p : List.of(stub, rawStub, boundedStub)) {
                SigningStub.stop(p);
            }
            virtual.shutdownNow();
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private void run(int callers, int seconds, int bulkhead, int rounds) throws Exception {
        rawToken = rawTokenCall();
        snapgate.accessToken(CLIENT);
        System.out.printf(Locale.ROOT, "virtual threads on %s, %d cores, %s: %d callers, %d s per round, snapgate"
                + " bulkhead %d, %d rounds (the four cases in rotating order); the JDK clients' tasks %s%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(), base, callers,
                seconds, bulkhead, rounds, INLINE ? "inline" : "on a virtual thread each");
        // warm-up cycles (every client under load) until the JIT is quiet: a fixed short warm-up measured the first
        // round while the C2 compiler still used a good part of a core (round 2 ran ~2x faster than round 1)
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long warmStart = System.nanoTime();
        long compiledInCycle = Long.MAX_VALUE;
        int cycles = 0;
        while (compiledInCycle > 50 && cycles < 6) {
            long jit0 = jit.getTotalCompilationTime();
            round("warm-up raw", this::rawServiceCall, rawBase.getPort(), callers, 3, false);
            round("warm-up snapgate", this::snapgateServiceCall, base.getPort(), callers, 3, false);
            round("warm-up raw, bounded", this::boundedRawServiceCall, boundedBase.getPort(), callers, 3, false);
            round("warm-up raw, bounded wait", this::timedRawServiceCall, boundedBase.getPort(), callers, 3, false);
            compiledInCycle = jit.getTotalCompilationTime() - jit0;
            cycles++;
        }
        System.out.printf(Locale.ROOT, "warm-up: %d cycles of 4 x 3 s in %.0f s; %d ms of JIT compilation in the last"
                + " cycle%n%n", cycles, (System.nanoTime() - warmStart) / 1e9, compiledInCycle);
        System.out.println("| case | calls/s | vs raw | p50 ms | p99 ms | errors | pinned events | peak platform"
                + " threads | peak connections | client JVM CPU µs per call (JIT compilers excluded) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        // the four cases in a rotating order (round r starts with case r), so with 4 rounds each case runs once in
        // each position: the VM's drift during a round of four hits every case alike
        String[] names = {"raw JDK", "raw JDK + semaphore(" + rawSlots.availablePermits() + ")",
            "raw JDK + semaphore(" + timedSlots.availablePermits() + "), waits at most 5 s", "snapgate"};
        Call[] calls = {this::rawServiceCall, this::boundedRawServiceCall, this::timedRawServiceCall,
            this::snapgateServiceCall};
        int[] ports = {rawBase.getPort(), boundedBase.getPort(), boundedBase.getPort(), base.getPort()};
        double[] sums = new double[names.length];
        for (int r = 0; r < rounds; r++) {
            double[] rates = new double[names.length];
            for (int k = 0; k < names.length; k++) {
                int c = (r + k) % names.length;
                rates[c] = round(names[c] + ", round " + (r + 1), calls[c], ports[c], callers, seconds, true);
                sums[c] += rates[c];
            }
            System.out.printf(Locale.ROOT, "|   snapgate / raw, round %d | | %.2f× | | | | | | | |%n", r + 1,
                    rates[3] / rates[0]);
            System.out.printf(Locale.ROOT, "|   snapgate / raw + semaphore, round %d | | %.2f× | | | | | | | |%n", r + 1,
                    rates[3] / rates[1]);
            System.out.printf(Locale.ROOT, "|   snapgate / raw + semaphore with a bounded wait, round %d | | %.2f× | | |"
                    + " | | | | |%n", r + 1, rates[3] / rates[2]);
        }
        System.out.printf(Locale.ROOT, "%nthroughput over all rounds: snapgate / raw %.2f×, snapgate / raw + semaphore"
                + " %.2f×, snapgate / raw + semaphore with a bounded wait %.2f×%n", sums[3] / sums[0],
                sums[3] / sums[1], sums[3] / sums[2]);
    }

    /** One round: {@code callers} virtual threads calling for {@code seconds}; returns calls per second. */
    private double round(String name, Call call, int port, int callers, int seconds, boolean print)
            throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path jfr = Files.createTempFile("vt-harness", ".jfr");
        long[] latencies = new long[4_000_000];
        AtomicInteger recorded = new AtomicInteger();
        LongAdder errors = new LongAdder();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger peakConnections = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(callers);
        ExecutorService callerThreads = (ExecutorService) java.util.concurrent.Executors.class
                .getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        Thread sampler = new Thread(() -> {
            while (!stop.get()) {
                peakConnections.accumulateAndGet(establishedTo(port), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "connection-sampler");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            recording.start();
            threads.resetPeakThreadCount();
            sampler.start();
            long cpu0 = dev.snapgate.benchmarks.JitWarmup.processCpuWithoutCompilerNanos();
            long start = System.nanoTime();
            long end = start + TimeUnit.SECONDS.toNanos(seconds);
            for (int i = 0; i < callers; i++) {
                callerThreads.execute(() -> {
                    try {
                        while (System.nanoTime() < end) {
                            long t0 = System.nanoTime();
                            try {
                                call.run();
                                int at = recorded.getAndIncrement();
                                if (at < latencies.length) {
                                    latencies[at] = System.nanoTime() - t0;
                                }
                            } catch (Exception e) {
                                errors.increment();
                                firstError.compareAndSet(null, e.toString());
                                try {
                                    Thread.sleep(10); // a real caller does not spin on a fast failure
                                } catch (InterruptedException stopped) {
                                    return;
                                }
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            long startedAt = System.currentTimeMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            done.await();
            long elapsed = System.nanoTime() - start;
            if (Boolean.getBoolean("harness.times")) { // to cut a JFR recording of the whole run into rounds
                System.out.println("round window " + name + " " + startedAt + " " + System.currentTimeMillis());
            }
            double cpuPerCall = (dev.snapgate.benchmarks.JitWarmup.processCpuWithoutCompilerNanos() - cpu0) / 1e3
                    / Math.max(1, recorded.get());
            stop.set(true);
            sampler.join();
            recording.stop();
            recording.dump(jfr);
            int calls = Math.min(recorded.get(), latencies.length);
            long[] sorted = Arrays.copyOf(latencies, calls);
            Arrays.sort(sorted);
            double perSecond = recorded.get() / (elapsed / 1e9);
            long pinned = 0;
            for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
                if (e.getEventType().getName().equals("jdk.VirtualThreadPinned")) {
                    pinned++;
                }
            }
            if (print) {
                System.out.printf(Locale.ROOT, "| %s | %.0f | | %.1f | %.1f | %d | %d | %d | %d | %.0f |%n", name,
                        perSecond, pct(sorted, 50) / 1e6, pct(sorted, 99) / 1e6, errors.sum(), pinned,
                        threads.getPeakThreadCount(), peakConnections.get(), cpuPerCall);
            }
            if (firstError.get() != null) {
                System.out.println("  " + name + ": first error: " + firstError.get());
            }
            return perSecond;
        } finally {
            stop.set(true);
            callerThreads.shutdownNow();
            Files.deleteIfExists(jfr);
        }
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * (p / 100.0)))];
    }

    /**
     * Open TCP connections from this machine to the stub's port (both directions are counted once: ours). Scanned
     * without a regex: with ~1,000 pooled connections in the table, splitting every row with {@code String.split}
     * every 50 ms took a fifth of the client JVM's CPU samples in a profile, in every round.
     */
    private static int establishedTo(int port) {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        int count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String row : Files.readAllLines(Path.of(table))) {
                    // "sl local_address rem_address st ...": the remote address is the third field, the state the
                    // fourth (01 = ESTABLISHED); our side has the stub as remote
                    int[] field = fields(row, 4);
                    if (field != null && fieldEndsWith(row, field[3], hexPort) && row.startsWith("01 ", field[4])) {
                        count++;
                    }
                }
            } catch (java.io.IOException | RuntimeException missing) {
                // not Linux, or no IPv6 table
            }
        }
        return count;
    }

    /** Start offsets of the first {@code n + 1} space-separated fields of {@code row} (index 1..n), or null. */
    private static int[] fields(String row, int n) {
        int[] start = new int[n + 1];
        int i = 0;
        int len = row.length();
        for (int f = 1; f <= n; f++) {
            while (i < len && row.charAt(i) == ' ') {
                i++;
            }
            if (i == len) {
                return null;
            }
            start[f] = i;
            while (i < len && row.charAt(i) != ' ') {
                i++;
            }
        }
        return start;
    }

    /** Whether the field of {@code row} starting at {@code from} (ending before the next space) ends with suffix. */
    private static boolean fieldEndsWith(String row, int from, String suffix) {
        int end = row.indexOf(' ', from);
        if (end < 0) {
            end = row.length();
        }
        return end - from >= suffix.length() && row.startsWith(suffix, end - suffix.length());
    }

    private void snapgateServiceCall() {
        snapgate.call(ServiceRequest.of(SnapService.VA_STATUS, CLIENT, body));
    }

    private final ThreadLocal<Mac> hmac = ThreadLocal.withInitial(() -> dev.snapgate.benchmarks.RawSnap.hmac(SECRET));

    private static final com.fasterxml.jackson.databind.ObjectMapper RAW_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** The raw client as a careful platform bounds it: at most {@code bulkhead} calls in flight. */
    private void boundedRawServiceCall() throws Exception {
        rawSlots.acquire();
        try {
            rawCall(boundedJdk, boundedBase);
        } finally {
            rawSlots.release();
        }
    }

    /**
     * As {@link #boundedRawServiceCall()}, but a caller waits for a slot at most 5 s (then fails), as snapgate's
     * bulkhead does: on a virtual thread a timed wait schedules and cancels a wake-up per wait, which an untimed
     * {@code acquire} does not, so this separates the cost of bounding the wait from the rest of snapgate's call.
     */
    private void timedRawServiceCall() throws Exception {
        if (!timedSlots.tryAcquire(5, TimeUnit.SECONDS)) {
            throw new java.util.concurrent.TimeoutException("no slot within 5 s");
        }
        try {
            rawCall(boundedJdk, boundedBase);
        } finally {
            timedSlots.release();
        }
    }

    private void rawServiceCall() throws Exception {
        rawCall(jdk, rawBase);
    }

    private void rawCall(HttpClient client, URI target) throws Exception {
        // as HotPathHarness's raw client: the body written from its data on every call, a Mac per (long-lived) thread
        byte[] bytes = RAW_JSON.writeValueAsBytes(body);
        HttpRequest request = dev.snapgate.benchmarks.RawSnap.vaStatus(target, CLIENT.value(), rawToken, bytes,
                hmac.get(), MessageDigest.getInstance("SHA-256"), Long.toString(System.nanoTime()),
                Duration.ofSeconds(30));
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("raw service call refused: " + response.statusCode());
        }
    }

    private String rawTokenCall() throws Exception {
        String ts = SnapTimestamp.now(Clock.systemUTC()).value();
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(pair.getPrivate());
        s.update((CLIENT.value() + "|" + ts).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(rawBase.resolve("/nicepay/v1.0/access-token/b2b"))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json").header("X-TIMESTAMP", ts)
                .header("X-CLIENT-KEY", CLIENT.value())
                .header("X-SIGNATURE", Base64.getEncoder().encodeToString(s.sign()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"grantType\":\"client_credentials\",\"additionalInfo\":{}}"))
                .build();
        String answer = jdk.send(request, HttpResponse.BodyHandlers.ofString()).body();
        int at = answer.indexOf("\"accessToken\":\"") + 15;
        return answer.substring(at, answer.indexOf('"', at));
    }
}
