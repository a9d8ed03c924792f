package dev.snapgate.benchmarks;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.token.CachingTokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Reading the current token of a merchant from the cache: snapgate vs a volatile read of a prebuilt object, and vs
 * a volatile read plus the wall-clock read that any expiry check needs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class CachedTokenReadBenchmark {

    static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");

    CachingTokenIssuer cache;
    volatile AccessToken prebuilt;

    @Setup
    public void setUp() {
        Instant now = Instant.now();
        AccessToken token = new AccessToken(Secret.of("t".repeat(64)), "Bearer", now, now.plus(Duration.ofDays(1)));
        prebuilt = token;
        cache = new CachingTokenIssuer(client -> token, Clock.systemUTC());
        cache.issue(CLIENT);
    }

    @Benchmark
    @Threads(1)
    public AccessToken snapgate_1thread() {
        return cache.issue(CLIENT);
    }

    @Benchmark
    @Threads(1)
    public AccessToken volatileRead_1thread() {
        return prebuilt;
    }

    @Benchmark
    @Threads(1)
    public long volatileReadPlusClock_1thread() {
        return prebuilt.hashCode() ^ System.currentTimeMillis();
    }

    @Benchmark
    @Threads(2)
    public AccessToken snapgate_2threads() {
        return cache.issue(CLIENT);
    }

    @Benchmark
    @Threads(2)
    public AccessToken volatileRead_2threads() {
        return prebuilt;
    }

    @Benchmark
    @Threads(2)
    public long volatileReadPlusClock_2threads() {
        return prebuilt.hashCode() ^ System.currentTimeMillis();
    }
}
