package dev.snapgate.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.MutableClock;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.SnapUnavailableException;
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
            ready.await(10, TimeUnit.SECONDS);
            Thread.sleep(100); // let every caller reach the cache while the one upstream call is held
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
            Thread.sleep(100);
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
            while (upstream.calls.get() < 2) {
                Thread.onSpinWait();
            }
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
}
