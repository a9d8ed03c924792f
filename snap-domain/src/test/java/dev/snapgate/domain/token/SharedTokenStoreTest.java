package dev.snapgate.domain.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.MutableClock;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.TokenIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Token caches sharing a {@link TokenStore}: one refresh for all, leases, compare-and-delete, a failing store. */
class SharedTokenStoreTest {

    private static final ClientKey A = ClientKey.of("MERCHANT_A");
    private static final ClientKey B = ClientKey.of("MERCHANT_B");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final AtomicInteger upstreamCalls = new AtomicInteger();
    private final TokenIssuer upstream = key -> {
        int n = upstreamCalls.incrementAndGet();
        Instant now = clock.instant();
        return new AccessToken(Secret.of(key.value() + "-token-" + n), "Bearer", now, now.plusSeconds(900));
    };

    @Test
    void twentyCachesSharingOneStore_withConcurrentCallers_makeOneUpstreamCallPerMerchant() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore(clock);
        List<CachingTokenIssuer> instances = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            instances.add(new CachingTokenIssuer(upstream, clock, TokenCacheSettings.DEFAULTS, store));
        }
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                CachingTokenIssuer instance = instances.get(i % 20);
                ClientKey key = i % 2 == 0 ? A : B;
                results.add(pool.submit(() -> {
                    start.await();
                    return instance.issue(key);
                }));
            }
            start.countDown();
            for (int i = 0; i < results.size(); i++) {
                AccessToken token = results.get(i).get(30, TimeUnit.SECONDS);
                assertThat(token.value().reveal()).startsWith((i % 2 == 0 ? A : B).value()); // never another's
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(upstreamCalls).hasValue(2);
    }

    @Test
    void aLeaseHolderThatDies_isTakenOverAfterTheLease() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore(clock);
        Optional<TokenStore.Lease> dead = store.tryLease(A, Duration.ofSeconds(30)); // never released, never shares
        assertThat(dead).isPresent();
        CachingTokenIssuer instance = new CachingTokenIssuer(upstream, clock, TokenCacheSettings.DEFAULTS, store);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<AccessToken> waiting = pool.submit(() -> instance.issue(A));
            assertThat(upstreamCalls).hasValue(0);

            clock.advance(Duration.ofSeconds(31)); // the dead holder's lease runs out

            assertThat(waiting.get(30, TimeUnit.SECONDS).value().reveal()).isEqualTo("MERCHANT_A-token-1");
            assertThat(upstreamCalls).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyInstancesReportingTheSameStaleToken_causeOneRefresh() {
        InMemoryTokenStore store = new InMemoryTokenStore(clock);
        CachingTokenIssuer one = new CachingTokenIssuer(upstream, clock, TokenCacheSettings.DEFAULTS, store);
        CachingTokenIssuer two = new CachingTokenIssuer(upstream, clock, TokenCacheSettings.DEFAULTS, store);
        AccessToken stale = one.issue(A);
        assertThat(two.issue(A)).isSameAs(stale);

        one.invalidate(A, stale);
        AccessToken fresh = one.issue(A);
        two.invalidate(A, stale); // the same report, late: the fresh token stays

        assertThat(two.issue(A)).isSameAs(fresh);
        assertThat(upstreamCalls).hasValue(2);
    }

    @Test
    void aFailingStore_neverFailsACall_theTokenIsObtainedLocally_andFailuresAreCounted() {
        TokenStore down = new TokenStore() {
            @Override
            public Optional<StoredToken> get(ClientKey clientKey) {
                throw new IllegalStateException("connection refused");
            }

            @Override
            public void put(ClientKey clientKey, AccessToken token, Duration sharedFor) {
                throw new IllegalStateException("connection refused");
            }

            @Override
            public Optional<Lease> tryLease(ClientKey clientKey, Duration leaseTime) {
                throw new IllegalStateException("connection refused");
            }

            @Override
            public void release(Lease lease) {
                throw new IllegalStateException("connection refused");
            }

            @Override
            public void invalidate(ClientKey clientKey, AccessToken staleToken) {
                throw new IllegalStateException("connection refused");
            }
        };
        CachingTokenIssuer instance = new CachingTokenIssuer(upstream, clock, TokenCacheSettings.DEFAULTS, down);

        AccessToken token = instance.issue(A);
        instance.invalidate(A, token);
        AccessToken again = instance.issue(A);

        assertThat(again).isNotSameAs(token);
        assertThat(instance.storeFailures()).isGreaterThanOrEqualTo(3);
        assertThat(upstreamCalls).hasValue(2);
    }

    @Test
    void theStoreSharesATokenOnlyUntilItsRefreshPoint() {
        InMemoryTokenStore store = new InMemoryTokenStore(clock);
        new CachingTokenIssuer(upstream, clock, TokenCacheSettings.DEFAULTS, store).issue(A);

        clock.advance(Duration.ofSeconds(839));
        assertThat(store.get(A)).isPresent();
        clock.advance(Duration.ofSeconds(1)); // 60 s before expiry: the refresh point
        assertThat(store.get(A)).isEmpty();
    }
}
