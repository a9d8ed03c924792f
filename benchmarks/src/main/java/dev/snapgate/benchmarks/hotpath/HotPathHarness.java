package dev.snapgate.benchmarks.hotpath;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PemKeyLoader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.Mac;

/**
 * The hot path as it is paid: snapgate against a raw-JDK client, both talking to {@link SigningStub} in its own JVM
 * (which verifies RSA and HMAC like a real server), interleaved call by call, on loopback. Reports median, p90 and p99
 * per case with ratios, throughput at 8 and 32 concurrent callers, and bytes allocated per call on the calling thread.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.snapgate.benchmarks.hotpath.HotPathHarness [calls] [warmup]
 * java -cp ... HotPathHarness profile SECONDS     (snapgate service calls only, for a JFR recording)
 * java -cp ... HotPathHarness realistic CALLS WARMUP   (three clients interleaved: raw, a heavier one, snapgate)
 * java -cp ... HotPathHarness throughput THREADS SECONDS [raw|snapgate|both]   (one concurrency, ABAB)
 * java -cp ... HotPathHarness bodies THREADS SECONDS   (the body as a byte array vs read from an InputStream)
 * java -cp ... HotPathHarness jdktimer THREADS SECONDS   (the raw call with and without the JDK's request timeout)
 * java -cp ... HotPathHarness alloc   (bytes allocated per call on the calling thread, each client)
 * java -cp ... HotPathHarness cpu CALLS ROUNDS   (CPU time per call, one caller, raw and snapgate in alternating blocks)
 * java -cp ... HotPathHarness executors THREADS SECONDS   (snapgate's default executor vs a cached pool, ABBA)
 * java -cp ... HotPathHarness storm CALLERS ROUNDS   (fresh clients, CALLERS simultaneous first calls each)
 * -Dharness.tls=true: the stub serves TLS; -Dharness.rawInline=true: the raw client runs the JDK's tasks inline
 * </pre>
 */
public final class HotPathHarness {

    private static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");
    private static final String SECRET = "hot-path-client-secret";
    private static final String TOKEN_PATH = "/nicepay/v1.0/access-token/b2b";
    private static final LongAdder ERRORS = new LongAdder();
    private static final java.util.concurrent.atomic.AtomicReference<String> FIRST_ERROR =
            new java.util.concurrent.atomic.AtomicReference<>();

    private final URI base;
    private final KeyPair pair;
    private final SnapClient snapgate;
    /** The same client with a Micrometer registry attached (issue 15's cost check). */
    private final SnapClient metered;
    private final String pem;
    /** snapgate with the JDK client's tasks on a cached pool (what the JDK makes by default), for {@code executors}. */
    private final SnapClient pooled;
    private final io.micrometer.core.instrument.MeterRegistry registry =
            new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    /** With {@code -Dharness.tls=true} the stub serves TLS (as NICEPAY does) and both clients trust it. */
    private static final java.nio.file.Path TLS_STORE = tlsStore();
    private static final javax.net.ssl.SSLContext TLS = tlsClient();

    private static java.nio.file.Path tlsStore() {
        try {
            return Boolean.getBoolean("harness.tls") ? LoopbackTls.newStore() : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static javax.net.ssl.SSLContext tlsClient() {
        try {
            return TLS_STORE == null ? null : LoopbackTls.client(TLS_STORE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private final HttpClient jdk = rawClient();

    /**
     * The raw client as a platform builds it (the JDK's own worker pool), or with {@code -Dharness.rawInline=true} with
     * its tasks run inline as snapgate's are by default: what the executor alone is worth to a raw caller.
     */
    private static HttpClient rawClient() {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5));
        if (Boolean.getBoolean("harness.rawInline")) {
            b.executor(Runnable::run);
        }
        if (TLS != null) {
            b.sslContext(TLS);
        }
        return b.build();
    }

    private final Map<String, Object> bodyMap = new LinkedHashMap<>();
    private final byte[] bodyBytes;
    private final ThreadLocal<Mac> hmac;
    private final ThreadLocal<Signature> rsa;
    private final ThreadLocal<MessageDigest> sha256;
    private String rawToken;

    private HotPathHarness(URI base, KeyPair pair) throws Exception {
        this.base = base;
        this.pair = pair;
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        this.pem = pem;
        snapgate = snapClient(base, pem, false, null);
        pooled = snapClient(base, pem, true, null);
        metered = snapClient(base, pem, false, registry);
        bodyMap.putAll(dev.snapgate.benchmarks.BenchBodies.vaStatus());
        bodyBytes = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(bodyMap);
        hmac = ThreadLocal.withInitial(() -> dev.snapgate.benchmarks.RawSnap.hmac(SECRET));
        rsa = ThreadLocal.withInitial(() -> {
            try {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initSign(pair.getPrivate());
                return s;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        sha256 = ThreadLocal.withInitial(() -> {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static SnapClient snapClient(URI base, String pem, boolean pooledExecutor,
            io.micrometer.core.instrument.MeterRegistry meters) {
        SnapClient.Builder b = SnapClient.builder().baseUrl(base)
                .merchant(Merchant.of(CLIENT, PemKeyLoader.parse(pem, "harness key", Optional.empty()).signer(),
                        new HmacSha512Signer(Secret.of(SECRET))));
        if (TLS != null) {
            b.sslContext(TLS);
        }
        if (pooledExecutor) {
            b.httpExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "HttpClient-pooled");
                t.setDaemon(true);
                return t;
            }));
        }
        if (meters != null) {
            b.meterRegistry(meters);
        }
        return b.build();
    }

    public static void main(String[] args) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Process stub = SigningStub.start(pair, SECRET, TLS_STORE);
        try {
            URI base = SigningStub.baseUrl(stub);
            HotPathHarness harness = new HotPathHarness(base, pair);
            if (args.length > 0 && args[0].equals("bisect")) {
                harness.bisect(Integer.parseInt(args[1]));
            } else if (args.length > 0 && args[0].equals("metrics")) {
                harness.metricsCost(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            } else if (args.length > 0 && args[0].equals("realistic")) {
                harness.realistic(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            } else if (args.length > 0 && args[0].equals("throughput")) {
                harness.throughputOnly(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                        args.length > 3 ? args[3] : "both");
            } else if (args.length > 0 && args[0].equals("executors")) {
                harness.executors(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            } else if (args.length > 0 && args[0].equals("storm")) {
                harness.storm(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            } else if (args.length > 0 && args[0].equals("jdktimer")) {
                harness.jdkTimer(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            } else if (args.length > 0 && args[0].equals("bodies")) {
                harness.bodies(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            } else if (args.length > 0 && args[0].equals("alloc")) {
                harness.alloc();
            } else if (args.length > 0 && args[0].equals("cpu")) {
                harness.cpu(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            } else if (args.length > 0 && args[0].equals("profile")) {
                harness.profile(Integer.parseInt(args[1]));
            } else {
                harness.run(args.length > 0 ? Integer.parseInt(args[0]) : 2000,
                        args.length > 1 ? Integer.parseInt(args[1]) : 500);
            }
        } finally {
            SigningStub.stop(stub);
        }
    }

    // ------------------------------------------------------------------ the two clients

    String rawTokenCall() throws Exception {
        String ts = SnapTimestamp.now(Clock.systemUTC()).value();
        Signature s = rsa.get();
        s.update((CLIENT.value() + "|" + ts).getBytes(StandardCharsets.UTF_8));
        String signature = Base64.getEncoder().encodeToString(s.sign());
        HttpRequest request = HttpRequest.newBuilder(base.resolve(TOKEN_PATH)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").header("X-TIMESTAMP", ts)
                .header("X-CLIENT-KEY", CLIENT.value()).header("X-SIGNATURE", signature)
                .POST(HttpRequest.BodyPublishers.ofString("{\"grantType\":\"client_credentials\",\"additionalInfo\":{}}"))
                .build();
        HttpResponse<String> response = jdk.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("raw token call refused: " + response.statusCode());
        }
        String body = response.body();
        int at = body.indexOf("\"accessToken\":\"") + 15;
        return body.substring(at, body.indexOf('"', at));
    }

    /** Like any client, the raw one writes its request body from its data on every call (Jackson, compact). */
    private static final com.fasterxml.jackson.databind.ObjectMapper RAW_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** A VA status request signed by hand: fresh timestamp, SHA-256 of the body, HMAC-SHA512. */
    private HttpRequest rawStatusRequest(byte[] body, String externalId) {
        return dev.snapgate.benchmarks.RawSnap.vaStatus(base, CLIENT.value(), rawToken, body, hmac.get(), sha256.get(),
                externalId, Duration.ofSeconds(15));
    }

    String rawServiceCall() throws Exception {
        String body = rawServiceCallBody();
        int at = body.indexOf("\"responseCode\":\"") + 16;
        return body.substring(at, at + 7);
    }

    /** The raw call as a platform would need it: the answer parsed (Jackson, to a map), not sliced with indexOf. */
    private Object rawParsedServiceCall() throws Exception {
        return RAW_JSON.readValue(rawServiceCallBody(), Map.class).get("responseCode");
    }

    private String rawServiceCallBody() throws Exception {
        HttpRequest request = rawStatusRequest(RAW_JSON.writeValueAsBytes(bodyMap), Long.toString(System.nanoTime()));
        HttpResponse<String> response = jdk.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("raw service call refused: " + response.statusCode());
        }
        return response.body();
    }

    Object snapgateServiceCall() {
        return snapgate.call(ServiceRequest.of(SnapService.VA_STATUS, CLIENT, bodyMap)).responseCode();
    }

    Object pooledServiceCall() {
        return pooled.call(ServiceRequest.of(SnapService.VA_STATUS, CLIENT, bodyMap)).responseCode();
    }

    Object meteredServiceCall() {
        return metered.call(ServiceRequest.of(SnapService.VA_STATUS, CLIENT, bodyMap)).responseCode();
    }

    /**
     * Issue 15: a service call with a registry attached against the same call without, interleaved call by call in
     * one run (after a raw-JDK reference), in three rounds so drift hits both alike.
     */
    private void metricsCost(int calls, int warmup) throws Exception {
        rawToken = rawTokenCall();
        snapgate.accessToken(CLIENT);
        metered.accessToken(CLIENT);
        System.out.printf(Locale.ROOT, "metrics cost on %s, %d cores, %s; %d calls per case per round after %d"
                + " warm-up, interleaved, 3 rounds%n%n", System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), base, calls, warmup);
        long[][] reference = interleaved(this::rawServiceCall, this::snapgateServiceCall, calls, warmup);
        System.out.println("| case | median µs | p90 µs | p99 µs | vs baseline (median / p90 / p99) |");
        System.out.println("|---|---|---|---|---|");
        row("raw JDK VA status (reference)", reference[0], reference[0]);
        row("snapgate, no registry (reference run)", reference[1], reference[0]);
        long[] plain = new long[0];
        long[] withMeters = new long[0];
        for (int round = 0; round < 3; round++) {
            long[][] r = interleaved(this::snapgateServiceCall, this::meteredServiceCall, calls, round == 0 ? warmup
                    : warmup / 4);
            plain = concat(plain, r[0]);
            withMeters = concat(withMeters, r[1]);
        }
        row("snapgate VA status, no registry", plain, plain);
        row("snapgate VA status, Micrometer registry attached", withMeters, plain);
        System.out.println();
        System.out.println("meters recorded: " + registry.getMeters().size() + "; service calls timed: "
                + registry.get("snapgate.service.calls").timer().count());
        long plainBytes = allocatedPerCall(this::snapgateServiceCall, 2000);
        long meteredBytes = allocatedPerCall(this::meteredServiceCall, 2000);
        System.out.printf(Locale.ROOT, "allocated on the calling thread per service call: no registry %d B, with"
                + " registry %d B%n", plainBytes, meteredBytes);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    Object snapgateTokenCall() {
        return snapgate.freshToken(CLIENT);
    }

    private interface Call {
        Object run() throws Exception;
    }

    // ------------------------------------------------------------------ measurements

    /** Both clients get their token, then every service call (and token call if asked) runs until the JIT is quiet. */
    private String tokensThenWarmUp(boolean tokenCallsToo) throws Exception {
        rawToken = rawTokenCall();
        snapgate.accessToken(CLIENT);
        return dev.snapgate.benchmarks.JitWarmup.untilQuiet(() -> {
            rawServiceCall();
            rawParsedServiceCall();
            snapgateServiceCall();
            if (tokenCallsToo) {
                rawTokenCall();
                snapgateTokenCall();
            }
        }, 90, 5);
    }

    private void run(int calls, int warmup) throws Exception {
        String warm = tokensThenWarmUp(true);
        System.out.printf(Locale.ROOT, "hot path on %s, %d cores, %s; stub in its own JVM verifying signatures;"
                + " %d calls per case after %d warm-up, interleaved; %s%n%n", System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), base, calls, warmup, warm);
        System.out.println("| case | median µs | p90 µs | p99 µs | vs raw JDK (median / p90 / p99) |");
        System.out.println("|---|---|---|---|---|");
        long[][] service = interleaved(this::rawServiceCall, this::snapgateServiceCall, calls, warmup);
        row("raw JDK VA status (HMAC signed, token obtained once)", service[0], service[0]);
        row("snapgate VA status, cached token", service[1], service[0]);
        long[][] token = interleaved(this::rawTokenCall, this::snapgateTokenCall, calls / 2, warmup / 2);
        row("raw JDK token call", token[0], token[0]);
        row("snapgate token call (resilient issuer, no cache)", token[1], token[0]);
        System.out.println();
        System.out.println("| concurrent callers | raw JDK calls/s | snapgate calls/s | ratio | CPU µs per call raw /"
                + " snapgate (client JVM, all threads) | ratio |");
        System.out.println("|---|---|---|---|---|---|");
        for (int threads : new int[] {8, 32}) {
            double raw = 0;
            double snap = 0;
            double rawCpu = 0;
            double snapCpu = 0;
            double parsed = 0;
            double parsedCpu = 0;
            for (int round = 0; round < 2; round++) {
                // ABC then CBA: the first run at a new concurrency is slower for whichever client goes first (the
                // JIT recompiles for it), and drift hits every client alike
                for (int k = 0; k < 3; k++) {
                    int which = round == 0 ? k : 2 - k;
                    if (which == 0) {
                        raw += throughput(this::rawServiceCall, threads, 4);
                        rawCpu += lastCpuMicrosPerCall;
                    } else if (which == 1) {
                        snap += throughput(this::snapgateServiceCall, threads, 4);
                        snapCpu += lastCpuMicrosPerCall;
                    } else {
                        parsed += throughput(this::rawParsedServiceCall, threads, 4);
                        parsedCpu += lastCpuMicrosPerCall;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.2f | %.0f / %.0f | %.2f |%n", threads, raw / 2,
                    snap / 2, snap / raw, rawCpu / 2, snapCpu / 2, snapCpu / rawCpu);
            System.out.printf(Locale.ROOT, "| %d, raw JDK that also parses the answer (Jackson, to a map) | %.0f | %.0f"
                    + " | %.2f | %.0f / %.0f | %.2f |%n", threads, parsed / 2, snap / 2, snap / parsed, parsedCpu / 2,
                    snapCpu / 2, snapCpu / parsedCpu);
        }
        System.out.println();
        System.out.println("failed calls during the throughput runs (either client): " + ERRORS.sum()
                + (FIRST_ERROR.get() == null ? "" : "; the first: " + FIRST_ERROR.get()));
        long rawBytes = allocatedPerCall(this::rawServiceCall, 2000);
        long snapBytes = allocatedPerCall(this::snapgateServiceCall, 2000);
        System.out.printf(Locale.ROOT, "allocated on the calling thread per service call: raw JDK %d B, snapgate %d B"
                + " (%.2fx); the JDK client's selector thread is not counted%n", rawBytes, snapBytes,
                (double) snapBytes / rawBytes);
    }

    /**
     * Issue 26's realistic JVM: three clients interleaved call by call in one JVM, in rotating order, so each runs
     * among the others' garbage as inside a platform: the raw JDK client, a heavier allocating client (the raw call
     * plus what a typical SDK adds: the answer parsed into a tree, the request logged as formatted text, a 32 KB
     * buffer), and snapgate. Reports p50/p90/p99 against the raw client.
     */
    private void realistic(int calls, int warmup) throws Exception {
        rawToken = rawTokenCall();
        snapgate.accessToken(CLIENT);
        Call[] clients = {this::rawServiceCall, this::heavyServiceCall, this::snapgateServiceCall};
        for (int i = 0; i < warmup; i++) {
            for (Call c : clients) {
                c.run();
            }
        }
        String warm = dev.snapgate.benchmarks.JitWarmup.untilQuiet(() -> {
            for (Call c : clients) {
                c.run();
            }
        }, 90, 5);
        long[][] t = new long[3][calls];
        for (int i = 0; i < calls; i++) {
            for (int k = 0; k < 3; k++) {
                int which = (i + k) % 3;
                t[which][i] = time(clients[which]);
            }
        }
        System.out.printf(Locale.ROOT, "realistic JVM on %s, %d cores, %s: %d calls per client after %d warm-up"
                + " rounds and then until the JIT was quiet (%s), three clients interleaved in rotating order%n%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(), base, calls, warmup,
                warm);
        System.out.println("| client | median µs | p90 µs | p99 µs | vs raw JDK (median / p90 / p99) |");
        System.out.println("|---|---|---|---|---|");
        row("raw JDK VA status", t[0], t[0]);
        row("heavier allocating client (raw + tree parse + log text + 32 KB)", t[1], t[0]);
        row("snapgate VA status, cached token", t[2], t[0]);
    }

    private static volatile Object sink;

    /**
     * CPU time per call, one caller: blocks of {@code calls} raw calls and {@code calls} snapgate calls, alternating
     * for {@code rounds} rounds (so drift hits both), after a warm-up. Reports the calling thread's CPU per call and
     * the whole JVM's (the JDK client's selector and workers, GC, JIT) per call, as medians over the rounds.
     */
    private void cpu(int calls, int rounds) throws Exception {
        String warm = tokensThenWarmUp(false);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Call[] clients = {this::rawServiceCall, this::rawParsedServiceCall, this::snapgateServiceCall};
        double[][] thread = new double[clients.length][rounds];
        double[][] process = new double[clients.length][rounds];
        double[][] wall = new double[clients.length][rounds];
        double[][] javaThreads = new double[clients.length][rounds];
        double[][] noJit = new double[clients.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < clients.length; k++) {
                int which = (r + k) % clients.length;
                long java0 = allJavaThreadsCpu(mx);
                long noJit0 = dev.snapgate.benchmarks.JitWarmup.processCpuWithoutCompilerNanos();
                long cpu0 = os.getProcessCpuTime();
                long thread0 = mx.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                for (int i = 0; i < calls; i++) {
                    clients[which].run();
                }
                wall[which][r] = (System.nanoTime() - wall0) / 1e3 / calls;
                thread[which][r] = (mx.getCurrentThreadCpuTime() - thread0) / 1e3 / calls;
                process[which][r] = (os.getProcessCpuTime() - cpu0) / 1e3 / calls;
                javaThreads[which][r] = (allJavaThreadsCpu(mx) - java0) / 1e3 / calls;
                noJit[which][r] = (dev.snapgate.benchmarks.JitWarmup.processCpuWithoutCompilerNanos() - noJit0) / 1e3
                        / calls;
            }
        }
        System.out.printf(Locale.ROOT, "CPU per call on %s, %d cores, %s: one caller, %d calls per block, %d rounds,"
                + " medians of the rounds; %s%n%n", System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), base, calls, rounds, warm);
        System.out.println("| client | wall µs per call | calling thread CPU µs | all Java threads CPU µs | JVM CPU µs"
                + " (with GC, JIT) | JVM CPU without the JIT compilers µs | vs raw |");
        System.out.println("|---|---|---|---|---|---|---|");
        String[] names = {"raw JDK VA status", "raw JDK, answer parsed (Jackson, to a map)",
                "snapgate VA status, cached token"};
        double rawNoJit = median(noJit[0]);
        for (int k = 0; k < clients.length; k++) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %.1f | %.2f |%n", names[k],
                    median(wall[k]), median(thread[k]), median(javaThreads[k]), median(process[k]), median(noJit[k]),
                    median(noJit[k]) / rawNoJit);
        }
    }

    /** CPU time of every live Java thread of this JVM (callers, the JDK clients' selectors and workers). */
    private static long allJavaThreadsCpu(java.lang.management.ThreadMXBean mx) {
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    /**
     * snapgate's default executor (inline on http, with the body collected on the selector thread; the JDK's own pool
     * on https) against the same client given a cached pool (answers read from the JDK's InputStream), ABBA.
     */
    private void executors(int threads, int seconds) throws Exception {
        snapgate.accessToken(CLIENT);
        pooled.accessToken(CLIENT);
        abba(threads, seconds, "snapgate, JDK tasks on a cached pool", this::pooledServiceCall,
                "snapgate, default executor", this::snapgateServiceCall);
    }

    /**
     * A connection storm: a fresh client (token taken first, one connection) then {@code callers} simultaneous calls,
     * each opening its own connection (a TLS handshake each with {@code -Dharness.tls=true}); the time until all are
     * answered and the slowest call, for snapgate's default executor and for snapgate on a cached pool, alternating.
     */
    private void storm(int callers, int rounds) throws Exception {
        System.out.println(dev.snapgate.benchmarks.JitWarmup.untilQuiet(() -> {
            snapgateServiceCall();
            pooledServiceCall();
        }, 90, 5));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        try {
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < 2; k++) {
                    boolean pooledTurn = (round % 2 == 0) == (k == 0);
                    try (SnapClient fresh = snapClient(base, pem, pooledTurn, null)) {
                        fresh.accessToken(CLIENT);
                        CountDownLatch start = new CountDownLatch(1);
                        List<java.util.concurrent.Future<Long>> calls = new ArrayList<>();
                        for (int c = 0; c < callers; c++) {
                            calls.add(pool.submit(() -> {
                                start.await();
                                long t0 = System.nanoTime();
                                fresh.call(ServiceRequest.of(SnapService.VA_STATUS, CLIENT, bodyMap));
                                return System.nanoTime() - t0;
                            }));
                        }
                        long t0 = System.nanoTime();
                        start.countDown();
                        long slowest = 0;
                        for (java.util.concurrent.Future<Long> call : calls) {
                            slowest = Math.max(slowest, call.get());
                        }
                        System.out.printf(Locale.ROOT, "round %d, %-38s %d simultaneous first calls: all answered in"
                                + " %.1f ms, slowest %.1f ms%n", round + 1, pooledTurn
                                        ? "snapgate, JDK tasks on a cached pool:" : "snapgate default executor:",
                                callers, (System.nanoTime() - t0) / 1e6, slowest / 1e6);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void throughputOnly(int threads, int seconds, String which) throws Exception {
        rawToken = rawTokenCall();
        snapgate.accessToken(CLIENT);
        abba(threads, seconds, "raw JDK", which.equals("snapgate") ? null : this::rawServiceCall, "snapgate",
                which.equals("raw") ? null : this::snapgateServiceCall);
    }

    /**
     * Two cases at one concurrency, after a warm-up until the JIT is quiet, in ABBAABBA order (the first run at a new
     * concurrency is slower for whichever goes first, and drift hits both): calls per second, CPU and context
     * switches per call. A null case is left out.
     */
    private void abba(int threads, int seconds, String nameA, Call a, String nameB, Call b) throws Exception {
        System.out.println(dev.snapgate.benchmarks.JitWarmup.untilQuiet(() -> {
            if (a != null) {
                a.run();
            }
            if (b != null) {
                b.run();
            }
        }, 90, 5));
        for (int round = 0; round < 4; round++) {
            for (int k = 0; k < 2; k++) {
                boolean aTurn = (round % 2 == 0) == (k == 0);
                Call call = aTurn ? a : b;
                if (call != null) {
                    double r = throughput(call, threads, seconds);
                    System.out.printf(Locale.ROOT, "%s, %d callers: %.0f calls/s, %.0f µs CPU per call (%s), %.1f /"
                            + " %.1f context switches per call (voluntary / involuntary)%n", aTurn ? nameA : nameB,
                            threads, r, lastCpuMicrosPerCall, lastCpuByKind, lastSwitchesPerCall[0],
                            lastSwitchesPerCall[1]);
                }
            }
        }
        System.out.println("failed calls (either case): " + ERRORS.sum()
                + (FIRST_ERROR.get() == null ? "" : "; the first: " + FIRST_ERROR.get()));
    }

    /** The raw call without a request timeout: the JDK client then registers no timer with its selector per call. */
    private Object rawUntimedServiceCall() throws Exception {
        HttpRequest timed = rawStatusRequest(RAW_JSON.writeValueAsBytes(bodyMap), Long.toString(System.nanoTime()));
        HttpRequest.Builder untimed = HttpRequest.newBuilder(timed.uri())
                .POST(timed.bodyPublisher().orElseThrow());
        timed.headers().map().forEach((name, values) -> values.forEach(v -> untimed.header(name, v)));
        HttpResponse<String> response = jdk.send(untimed.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("raw service call refused: " + response.statusCode());
        }
        return response.body();
    }

    /**
     * What the JDK client's per-request timer costs under concurrency: the raw call with its request timeout (which
     * makes the JDK register and cancel a timer with its selector, under the client's lock, per call) and without,
     * in ABBA order after a JIT-quiet warm-up.
     */
    private void jdkTimer(int threads, int seconds) throws Exception {
        rawToken = rawTokenCall();
        abba(threads, seconds, "raw JDK with the request timeout", this::rawServiceCall,
                "raw JDK without the request timeout", this::rawUntimedServiceCall);
    }

    /**
     * What reading the body on the calling thread costs against the JDK's own byte-array subscriber (which the JDK
     * completes on its selector thread): the raw call each way, in ABBA order after a JIT-quiet warm-up.
     */
    private void bodies(int threads, int seconds) throws Exception {
        rawToken = rawTokenCall();
        abba(threads, seconds, "raw JDK, ofByteArray", () -> rawHandler(HttpResponse.BodyHandlers.ofByteArray()),
                "raw JDK, ofInputStream read on the calling thread", this::rawReadFromStream);
    }

    /** The raw call with the body read from the JDK's {@code InputStream} on the calling thread. */
    private byte[] rawReadFromStream() throws Exception {
        try (java.io.InputStream in = rawHandler(HttpResponse.BodyHandlers.ofInputStream())) {
            return in.readNBytes(65537);
        }
    }

    private void alloc() throws Exception {
        rawToken = rawTokenCall();
        snapgate.accessToken(CLIENT);
        long raw = allocatedPerCall(this::rawServiceCall, 5000);
        long parsed = allocatedPerCall(this::rawParsedServiceCall, 5000);
        long snap = allocatedPerCall(this::snapgateServiceCall, 5000);
        System.out.printf(Locale.ROOT, "allocated on the calling thread per service call: raw JDK %,d B, raw JDK that"
                + " parses the answer %,d B, snapgate %,d B (%.2fx raw); the JDK client's own threads are not"
                + " counted%n", raw, parsed, snap, (double) snap / raw);
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** The raw call with what a heavier SDK allocates around it. */
    private Object heavyServiceCall() throws Exception {
        byte[] scratch = new byte[32 * 1024];
        String logged = String.format(Locale.ROOT, "request %s %s body=%s", "POST", SnapService.VA_STATUS.path(),
                bodyMap);
        String answer = rawServiceCallBody();
        sink = new Object[] {scratch, logged, RAW_JSON.readTree(answer)};
        return sink;
    }

    private static long[][] interleaved(Call raw, Call snap, int calls, int warmup) throws Exception {
        for (int i = 0; i < warmup; i++) {
            raw.run();
            snap.run();
        }
        long[] a = new long[calls];
        long[] b = new long[calls];
        for (int i = 0; i < calls; i++) {
            if (i % 2 == 0) {
                a[i] = time(raw);
                b[i] = time(snap);
            } else {
                b[i] = time(snap);
                a[i] = time(raw);
            }
        }
        return new long[][] {a, b};
    }

    private static long time(Call call) throws Exception {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    private static void row(String name, long[] nanos, long[] baseline) {
        long[] s = nanos.clone();
        long[] b = baseline.clone();
        Arrays.sort(s);
        Arrays.sort(b);
        System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %.2f / %.2f / %.2f |%n", name, pct(s, 50) / 1000,
                pct(s, 90) / 1000, pct(s, 99) / 1000, (double) pct(s, 50) / pct(b, 50),
                (double) pct(s, 90) / pct(b, 90), (double) pct(s, 99) / pct(b, 99));
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Process CPU time (all threads of this JVM: callers, the JDK client's selector, GC) per call of the last run. */
    private static double lastCpuMicrosPerCall;

    /** Voluntary and involuntary context switches (all threads of this JVM) per call of the last run. */
    private static double[] lastSwitchesPerCall = {0, 0};

    /** CPU per call by thread kind in the last throughput run (callers, JDK client, GC, JIT, other), in µs. */
    private static String lastCpuByKind = "";

    private static double throughput(Call call, int threads, int seconds) throws Exception {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        LongAdder done = new LongAdder();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        CountDownLatch finished = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        try {
                            call.run();
                            if (measuring.get()) {
                                done.increment();
                            }
                        } catch (Exception e) {
                            // a lost keep-alive connection (the JDK client races the stub's idle close): counted as
                            // not done, the worker goes on
                            ERRORS.increment();
                            FIRST_ERROR.compareAndSet(null, Thread.currentThread().getName() + ": " + e);
                        }
                    }
                } finally {
                    finished.countDown();
                }
            });
            worker.setName("caller-" + t);
            workers.add(worker);
            worker.start();
        }
        Thread.sleep(3000); // warm-up under this concurrency
        Map<String, Long> kindsBefore = dev.snapgate.benchmarks.JitWarmup.cpuByThreadKind();
        long cpuBefore = os.getProcessCpuTime();
        long[] switchesBefore = dev.snapgate.benchmarks.JitWarmup.contextSwitches();
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        lastCpuMicrosPerCall = (os.getProcessCpuTime() - cpuBefore) / 1e3 / Math.max(1, done.sum());
        long[] switchesAfter = dev.snapgate.benchmarks.JitWarmup.contextSwitches();
        lastSwitchesPerCall = new double[] {(switchesAfter[0] - switchesBefore[0]) / (double) Math.max(1, done.sum()),
            (switchesAfter[1] - switchesBefore[1]) / (double) Math.max(1, done.sum())};
        StringBuilder kinds = new StringBuilder();
        dev.snapgate.benchmarks.JitWarmup.cpuByThreadKind().forEach((kind, after) -> kinds.append(kinds.length() == 0
                ? "" : ", ").append(kind).append(' ').append(String.format(Locale.ROOT, "%.0f",
                (after - kindsBefore.getOrDefault(kind, 0L)) / 1e3 / Math.max(1, done.sum()))));
        lastCpuByKind = kinds.toString();
        stop.set(true);
        finished.await(60, TimeUnit.SECONDS);
        return done.sum() / elapsed;
    }

    private static long allocatedPerCall(Call call, int calls) throws Exception {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 500; i++) {
            call.run();
        }
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        return (mx.getCurrentThreadAllocatedBytes() - before) / calls;
    }

    /** Where does snapgate's extra time go? Each variant back to back, medians. */
    private void bisect(int calls) throws Exception {
        rawToken = rawTokenCall();
        snapgate.accessToken(CLIENT);
        Map<String, Call> variants = new LinkedHashMap<>();
        variants.put("raw JDK", this::rawServiceCall);
        variants.put("raw JDK, snapgate's 36-digit external ID and compact body", () -> rawVariant(false));
        variants.put("raw JDK via sendAsync().get()", () -> rawVariant(true));
        variants.put("raw JDK, ofByteArray", () -> rawHandler(HttpResponse.BodyHandlers.ofByteArray()));
        variants.put("raw JDK, ofInputStream + readNBytes", this::rawReadFromStream);
        variants.put("raw JDK, custom subscriber", () -> rawHandler(info -> HttpResponse.BodySubscribers.fromSubscriber(
                new java.util.concurrent.Flow.Subscriber<java.util.List<java.nio.ByteBuffer>>() {
                    public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                        s.request(Long.MAX_VALUE);
                    }

                    public void onNext(java.util.List<java.nio.ByteBuffer> item) {
                    }

                    public void onError(Throwable t) {
                    }

                    public void onComplete() {
                    }
                })));
        variants.put("snapgate", this::snapgateServiceCall);
        for (int round = 0; round < 2; round++) {
            for (Map.Entry<String, Call> v : variants.entrySet()) {
                long[] t = new long[calls];
                for (int i = 0; i < calls; i++) {
                    t[i] = time(v.getValue());
                }
                Arrays.sort(t);
                System.out.printf(Locale.ROOT, "round %d  %-60s median %,d µs  p90 %,d µs%n", round + 1, v.getKey(),
                        pct(t, 50) / 1000, pct(t, 90) / 1000);
            }
        }
    }

    private String rawVariant(boolean async) throws Exception {
        HttpRequest request = rawStatusRequest(bodyBytes, "1764539000123" + "45678901234567890123");
        HttpResponse<String> response = async
                ? jdk.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get()
                : jdk.send(request, HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private <T> T rawHandler(HttpResponse.BodyHandler<T> handler) throws Exception {
        HttpRequest request = rawStatusRequest(bodyBytes, Long.toString(System.nanoTime()));
        return jdk.send(request, handler).body();
    }

    private void profile(int seconds) throws Exception {
        rawToken = rawTokenCall();
        snapgate.accessToken(CLIENT);
        boolean raw = Boolean.getBoolean("harness.raw");
        var threads = ManagementFactory.getThreadMXBean();
        long startedBefore = threads.getTotalStartedThreadCount();
        long gcBefore = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> g.getCollectionTime())
                .sum();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long n = 0;
        while (System.nanoTime() < end) {
            if (raw) {
                rawServiceCall();
            } else {
                snapgateServiceCall();
            }
            n++;
        }
        long gcAfter = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> g.getCollectionTime())
                .sum();
        System.out.println(n + (raw ? " raw" : " snapgate") + " service calls in " + seconds + " s; threads started: "
                + (threads.getTotalStartedThreadCount() - startedBefore) + "; GC ms: " + (gcAfter - gcBefore));
    }
}
