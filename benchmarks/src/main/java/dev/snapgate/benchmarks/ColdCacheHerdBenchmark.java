package dev.snapgate.benchmarks;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.token.CachingTokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * 1,000 callers released at once on a cold cache for one merchant, the upstream taking 5 ms: time until every caller
 * holds the token. Fails the run if the upstream saw anything but exactly one call.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ColdCacheHerdBenchmark {

    static final int CALLERS = 1000;
    static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");

    ExecutorService pool;
    CachingTokenIssuer cache;
    AtomicInteger upstreamCalls;
    CyclicBarrier start;
    CountDownLatch done;

    @Setup(Level.Trial)
    public void startThreads() {
        pool = Executors.newFixedThreadPool(CALLERS);
    }

    @Setup(Level.Invocation)
    public void coldCache() throws InterruptedException {
        upstreamCalls = new AtomicInteger();
        cache = new CachingTokenIssuer(client -> {
            upstreamCalls.incrementAndGet();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Instant now = Instant.now();
            return new AccessToken(Secret.of("herd-token"), "Bearer", now, now.plus(Duration.ofMinutes(15)));
        }, Clock.systemUTC());
        start = new CyclicBarrier(CALLERS + 1);
        done = new CountDownLatch(CALLERS);
        for (int i = 0; i < CALLERS; i++) {
            pool.submit(() -> {
                try {
                    start.await();
                    cache.issue(CLIENT);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
                return null;
            });
        }
        while (start.getNumberWaiting() < CALLERS) {
            Thread.sleep(1);
        }
    }

    @Benchmark
    public int thousandCallersOneMerchant() throws Exception {
        start.await();
        done.await();
        if (upstreamCalls.get() != 1) {
            throw new IllegalStateException("expected exactly 1 upstream call, saw " + upstreamCalls.get());
        }
        return upstreamCalls.get();
    }

    @TearDown(Level.Trial)
    public void stopThreads() {
        pool.shutdownNow();
    }
}
