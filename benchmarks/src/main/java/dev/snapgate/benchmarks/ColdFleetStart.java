package dev.snapgate.benchmarks;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.domain.token.CachingTokenIssuer;
import dev.snapgate.domain.token.InMemoryTokenStore;
import dev.snapgate.domain.token.TokenCacheSettings;
import dev.snapgate.domain.token.TokenStore;
import dev.snapgate.store.redis.LocalRedis;
import dev.snapgate.store.redis.SnapRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cold start of a fleet: N instances (each its own cache and its own store connection), 10 callers each, all asking
 * for one merchant's token at once; the token endpoint answers in 20 ms. Prints the token calls and the wall time,
 * without a shared store and with Redis, side by side. {@code java -cp benchmarks/target/benchmarks.jar
 * dev.snapgate.benchmarks.ColdFleetStart [N]}.
 */
public final class ColdFleetStart {

    private ColdFleetStart() {
    }

    public static void main(String[] args) throws Exception {
        int instances = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        try (LocalRedis redis = LocalRedis.start()) {
            for (int round = 0; round < 3; round++) {
                Result alone = run(instances, i -> new InMemoryTokenStore(Clock.systemUTC()), null);
                List<SnapRedis> connections = new ArrayList<>();
                String prefix = "round" + round; // one fresh key space per round, shared by the round's fleet
                Result shared = run(instances, i -> {
                    SnapRedis c = SnapRedis.builder(redis.uri()).keyPrefix(prefix).connect();
                    connections.add(c);
                    return c;
                }, connections);
                System.out.printf("round %d, %d instances x 10 callers: no shared store %d token calls in %d ms;"
                        + " Redis store %d token call(s) in %d ms%n", round + 1, instances, alone.calls, alone.millis,
                        shared.calls, shared.millis);
                connections.forEach(SnapRedis::close);
            }
        }
    }

    private record Result(int calls, long millis) {
    }

    private interface StoreFactory {
        Object make(int instance) throws Exception;
    }

    private static Result run(int instances, StoreFactory stores, List<SnapRedis> connections) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TokenIssuer upstream = key -> {
            calls.incrementAndGet();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Instant now = Instant.now();
            return new AccessToken(Secret.of("token-" + calls.get()), "Bearer", now, now.plusSeconds(900));
        };
        List<CachingTokenIssuer> fleet = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            Object store = stores.make(i);
            TokenStore tokenStore = store instanceof SnapRedis r ? r.tokenStore() : (TokenStore) store;
            fleet.add(new CachingTokenIssuer(upstream, Clock.systemUTC(), TokenCacheSettings.DEFAULTS, tokenStore));
        }
        if (connections != null) {
            for (SnapRedis c : connections) {
                c.awaitConnection(Duration.ofSeconds(30));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(instances * 10);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < instances * 10; i++) {
                CachingTokenIssuer instance = fleet.get(i % instances);
                results.add(pool.submit(() -> {
                    go.await();
                    return instance.issue(ClientKey.of("IONPAYTEST"));
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            for (Future<AccessToken> f : results) {
                f.get(60, TimeUnit.SECONDS);
            }
            return new Result(calls.get(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } finally {
            pool.shutdownNow();
        }
    }
}
