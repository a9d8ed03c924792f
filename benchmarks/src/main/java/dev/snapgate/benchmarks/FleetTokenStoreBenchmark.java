package dev.snapgate.benchmarks;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.domain.token.CachingTokenIssuer;
import dev.snapgate.domain.token.InMemoryTokenStore;
import dev.snapgate.domain.token.TokenCacheSettings;
import dev.snapgate.store.redis.LocalRedis;
import dev.snapgate.store.redis.SnapRedis;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The fleet store's cost on the hot path: a cached token read with the Redis store configured against the same read
 * with the in-memory store (both caches warm; the read must never leave the process), in one run. Starts its own
 * {@code redis-server} on a loopback port.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class FleetTokenStoreBenchmark {

    static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");

    LocalRedis redis;
    SnapRedis connection;
    CachingTokenIssuer inMemory;
    CachingTokenIssuer withRedis;

    @Setup
    public void setUp() throws Exception {
        Instant now = Instant.now();
        AccessToken token = new AccessToken(Secret.of("t".repeat(64)), "Bearer", now, now.plus(Duration.ofHours(1)));
        TokenIssuer upstream = client -> token;
        redis = LocalRedis.start();
        connection = SnapRedis.builder(redis.uri()).connect();
        if (!connection.awaitConnection(Duration.ofSeconds(30))) {
            throw new IllegalStateException("redis-server did not accept the connection");
        }
        inMemory = new CachingTokenIssuer(upstream, Clock.systemUTC(), TokenCacheSettings.DEFAULTS,
                new InMemoryTokenStore(Clock.systemUTC()));
        withRedis = new CachingTokenIssuer(upstream, Clock.systemUTC(), TokenCacheSettings.DEFAULTS,
                connection.tokenStore());
        inMemory.issue(CLIENT);
        withRedis.issue(CLIENT);
    }

    @TearDown
    public void tearDown() throws Exception {
        connection.close();
        redis.close();
    }

    @Benchmark
    @Threads(1)
    public AccessToken cachedRead_inMemoryStore() {
        return inMemory.issue(CLIENT);
    }

    @Benchmark
    @Threads(1)
    public AccessToken cachedRead_redisStore() {
        return withRedis.issue(CLIENT);
    }

    @Benchmark
    @Threads(2)
    public AccessToken cachedRead_inMemoryStore_2threads() {
        return inMemory.issue(CLIENT);
    }

    @Benchmark
    @Threads(2)
    public AccessToken cachedRead_redisStore_2threads() {
        return withRedis.issue(CLIENT);
    }
}
