package dev.snapgate.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.MutableClock;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.TokenIssuer;
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
import org.junit.jupiter.api.Test;

class CachingTokenIssuerTest {

    private static final ClientKey A = ClientKey.of("MERCHANT_A");
    private static final ClientKey B = ClientKey.of("MERCHANT_B");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));

    /** A fake upstream: counts calls, can be slowed down or made to fail. */
    private final class FakeIssuer implements TokenIssuer {
        final AtomicInteger calls = new AtomicInteger();
        volatile Duration lifetime = Duration.ofSeconds(900);
        volatile RuntimeException failure;
        volatile CountDownLatch gate;

        @Override
        public AccessToken issue(ClientKey clientKey) {
            int n = calls.incrementAndGet();
            CountDownLatch g = gate;
            if (g != null) {
                try {
                    g.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failure != null) {
                throw failure;
            }
            Instant now = clock.instant();
            return new AccessToken(Secret.of(clientKey.value() + "-token-" + n), "Bearer", now, now.plus(lifetime));
        }
    }

    private final FakeIssuer upstream = new FakeIssuer();
    private final CachingTokenIssuer cache = new CachingTokenIssuer(upstream, clock);

    /** Waits (on the fact) until the upstream has been called {@code n} times. */
    private void awaitUpstreamCalls(int n) {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); // a hang guard, not a synchronisation
        while (upstream.calls.get() < n) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("the upstream was called " + upstream.calls.get() + " times, not " + n);
            }
            Thread.onSpinWait();
        }
    }

    /** Waits (on the fact, not on time) until {@code n} callers wait for the refresh another caller runs. */
    private void awaitWaiters(ClientKey key, int n) {
        awaitWaiters(cache, key, n);
    }

    private static void awaitWaiters(CachingTokenIssuer issuer, ClientKey key, int n) {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); // a hang guard, not a synchronisation
        while (issuer.waiters(key) < n) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("only " + issuer.waiters(key) + " of " + n + " callers reached the cache");
            }
            Thread.yield();
        }
    }

    @Test
    void issue_returnsTheCachedTokenUntilTheRefreshMargin() {
        AccessToken first = cache.issue(A);

        clock.advance(Duration.ofSeconds(839));
        assertThat(cache.issue(A)).isSameAs(first);
        clock.advance(Duration.ofSeconds(1)); // 60 s before expiry
        AccessToken second = cache.issue(A);

        assertThat(second).isNotSameAs(first);
        assertThat(upstream.calls).hasValue(2);
    }

    @Test
    void refreshMargin_isNeverMoreThanHalfTheLifetime() {
        upstream.lifetime = Duration.ofSeconds(60); // margin 60 s would mean "refresh on every call"
        AccessToken first = cache.issue(A);

        clock.advance(Duration.ofSeconds(29));
        assertThat(cache.issue(A)).isSameAs(first);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.issue(A)).isNotSameAs(first);
    }

    @Test
    void tokensAreCachedPerClient() {
        AccessToken a = cache.issue(A);
        AccessToken b = cache.issue(B);

        assertThat(a.value().reveal()).startsWith("MERCHANT_A");
        assertThat(b.value().reveal()).startsWith("MERCHANT_B");
        assertThat(cache.issue(A)).isSameAs(a);
        assertThat(upstream.calls).hasValue(2);
    }

    @Test
    void twoHundredConcurrentCallersOnAColdCache_causeExactlyOneUpstreamCall() throws Exception {
        upstream.gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(200);
        try {
            CountDownLatch ready = new CountDownLatch(200);
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    return cache.issue(A);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            awaitWaiters(A, 199); // every other caller is parked on the one upstream call that is held
            upstream.gate.countDown();

            AccessToken first = results.get(0).get(10, TimeUnit.SECONDS);
            for (Future<AccessToken> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(first);
            }
            assertThat(upstream.calls).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRefresh_reachesEveryWaiterAndIsNotCached() throws Exception {
        upstream.failure = new SnapUnavailableException("upstream down", SnapUnavailableException.Reason.SERVER_ERROR);
        upstream.gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> cache.issue(A)));
            }
            awaitWaiters(A, 49);
            upstream.gate.countDown();
            for (Future<AccessToken> f : results) {
                assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(SnapUnavailableException.class);
            }
            assertThat(upstream.calls).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
        upstream.gate = null;
        upstream.failure = null;

        assertThat(cache.issue(A).value().reveal()).isEqualTo("MERCHANT_A-token-2");
    }

    @Test
    void duringTheRefreshWindow_othersKeepTheValidTokenWhileOneRefreshes() throws Exception {
        AccessToken first = cache.issue(A);
        clock.advance(Duration.ofSeconds(870)); // inside the margin, 30 s before expiry
        upstream.gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<AccessToken> refresher = pool.submit(() -> cache.issue(A));
            awaitUpstreamCalls(2);
            assertThat(cache.issue(A)).isSameAs(first); // not blocked behind the refresh
            upstream.gate.countDown();
            assertThat(refresher.get(10, TimeUnit.SECONDS)).isNotSameAs(first);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedEarlyRefresh_fallsBackToTheStillValidToken() {
        AccessToken first = cache.issue(A);
        clock.advance(Duration.ofSeconds(870));
        upstream.failure = new SnapUnavailableException("down", SnapUnavailableException.Reason.TIMEOUT);

        assertThat(cache.issue(A)).isSameAs(first);
        clock.advance(Duration.ofSeconds(30)); // now expired
        assertThatThrownBy(() -> cache.issue(A)).isInstanceOf(SnapUnavailableException.class);
    }

    @Test
    void invalidate_forcesANewToken_butOnlyForTheStaleOne() {
        AccessToken first = cache.issue(A);
        cache.invalidate(A, first);
        AccessToken second = cache.issue(A);
        cache.invalidate(A, first); // a late report about the old token changes nothing

        assertThat(second).isNotSameAs(first);
        assertThat(cache.issue(A)).isSameAs(second);
        assertThat(upstream.calls).hasValue(2);
    }

    @Test
    void aWaiter_givesUpAfterItsMaxWait_withATimeout() throws Exception {
        CachingTokenIssuer shortWait = new CachingTokenIssuer(upstream, clock,
                TokenCacheSettings.DEFAULTS.withMaxWait(Duration.ofMillis(200)));
        upstream.gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<AccessToken> owner = pool.submit(() -> shortWait.issue(A));
            awaitUpstreamCalls(1);

            assertThatThrownBy(() -> shortWait.issue(A))
                    .isInstanceOfSatisfying(SnapUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(SnapUnavailableException.Reason.TIMEOUT))
                    .hasMessageContaining("within 200 ms");

            upstream.gate.countDown();
            assertThat(owner.get(10, TimeUnit.SECONDS).value().reveal()).isEqualTo("MERCHANT_A-token-1");
            assertThat(upstream.calls).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInterruptedWaiter_stopsWaitingAtOnce_andKeepsItsInterruptFlag() throws Exception {
        upstream.gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            pool.submit(() -> cache.issue(A));
            awaitUpstreamCalls(1);
            CountDownLatch done = new CountDownLatch(1);
            java.util.concurrent.atomic.AtomicReference<Throwable> seen = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.atomic.AtomicBoolean flag = new java.util.concurrent.atomic.AtomicBoolean();
            Thread waiter = new Thread(() -> {
                try {
                    cache.issue(A);
                } catch (Throwable t) {
                    seen.set(t);
                    flag.set(Thread.currentThread().isInterrupted());
                }
                done.countDown();
            });
            waiter.start();
            awaitWaiters(A, 1);

            waiter.interrupt();

            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(seen.get()).isInstanceOfSatisfying(SnapUnavailableException.class,
                    e -> assertThat(e.reason()).isEqualTo(SnapUnavailableException.Reason.INTERRUPTED));
            assertThat(flag).isTrue();
        } finally {
            upstream.gate.countDown();
            pool.shutdownNow();
        }
    }

    /** A Kotlin- or Lombok-style signer: throws a checked exception the compiler never saw. */
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        @SuppressWarnings("unchecked")
        T typed = (T) t;
        throw typed;
    }

    @Test
    void aDelegateThrowingACheckedException_endsTheRefresh_andEveryCallerGetsATypedError() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        TokenIssuer hsm = clientKey -> {
            calls.incrementAndGet();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            CachingTokenIssuerTest.<RuntimeException>sneakyThrow(new java.security.SignatureException("HSM offline"));
            return null;
        };
        CachingTokenIssuer sneaky = new CachingTokenIssuer(hsm, clock);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                results.add(pool.submit(() -> sneaky.issue(A)));
            }
            awaitWaiters(sneaky, A, 9);
            gate.countDown();

            for (Future<AccessToken> f : results) {
                assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(dev.snapgate.domain.error.SnapKeyException.class)
                        .hasRootCauseInstanceOf(java.security.SignatureException.class);
            }
            assertThat(calls).hasValue(1);
            // the refresh ended: the next caller starts a new one instead of blocking for good
            assertThatThrownBy(() -> sneaky.issue(A)).isInstanceOf(dev.snapgate.domain.error.SnapKeyException.class);
            assertThat(calls).hasValue(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedEarlyRefresh_neverHandsOutATokenInvalidatedWhileItRan() throws Exception {
        AccessToken first = cache.issue(A);
        clock.advance(Duration.ofSeconds(870)); // inside the refresh window, still valid
        upstream.failure = new SnapUnavailableException("down", SnapUnavailableException.Reason.TIMEOUT);
        upstream.gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<AccessToken> refresher = pool.submit(() -> cache.issue(A));
            awaitUpstreamCalls(2);
            cache.invalidate(A, first); // the upstream called it invalid meanwhile
            upstream.gate.countDown();

            assertThatThrownBy(() -> refresher.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(
                    SnapUnavailableException.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownMerchants_getAnErrorAndKeepNoSlot() {
        upstream.failure = new dev.snapgate.domain.error.SnapConfigurationException("unknown client key");
        for (int i = 0; i < 10_000; i++) {
            ClientKey unknown = ClientKey.of("UNKNOWN" + i);
            assertThatThrownBy(() -> cache.issue(unknown)).isInstanceOf(
                    dev.snapgate.domain.error.SnapConfigurationException.class);
        }
        assertThat(cache.slotCount()).isZero();

        upstream.failure = null;
        cache.issue(A);
        assertThat(cache.slotCount()).isEqualTo(1);
    }
}
