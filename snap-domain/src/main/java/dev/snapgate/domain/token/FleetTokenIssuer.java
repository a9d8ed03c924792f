package dev.snapgate.domain.token;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.domain.error.SnapUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fleet half of the token lifecycle, behind {@link CachingTokenIssuer}'s local single flight: a token shared
 * through a {@link TokenStore}, one refresh per fleet under a lease, the others polling for its token (each at most
 * {@code maxWait}); a lease holder that dies lets its lease expire and another takes over. A failing store never fails
 * a call: the token is obtained locally and the failure counted. With {@link InMemoryTokenStore} this is one process's
 * pass-through. Thread-safe.
 */
final class FleetTokenIssuer implements TokenIssuer {

    private final TokenIssuer delegate;
    private final Clock clock;
    private final Duration refreshMargin;
    private final long maxWaitNanos;
    private final Duration leaseTime;
    private final TokenStore store;
    private final AtomicLong storeFailures = new AtomicLong();
    private final AtomicLong upstreamCalls = new AtomicLong();

    FleetTokenIssuer(TokenIssuer delegate, Clock clock, TokenCacheSettings settings, TokenStore store) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshMargin = settings.refreshMargin();
        this.maxWaitNanos = settings.maxWait().toNanos();
        this.leaseTime = settings.leaseTime();
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public AccessToken issue(ClientKey clientKey) {
        try {
            return obtain(clientKey);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SnapUnavailableException("waiting for another instance's token refresh of " + clientKey
                    + " was interrupted; no request was sent by this caller",
                    SnapUnavailableException.Reason.INTERRUPTED, null, null, e);
        }
    }

    /** Drops {@code staleToken} from the shared store (a failing store is counted, never thrown). */
    void invalidate(ClientKey clientKey, AccessToken staleToken) {
        try {
            store.invalidate(clientKey, staleToken);
        } catch (RuntimeException storeDown) {
            storeFailures.incrementAndGet();
        }
    }

    long storeFailures() {
        return storeFailures.get();
    }

    long upstreamCalls() {
        return upstreamCalls.get();
    }

    /**
     * The token for a local miss: the store's shared one if it has one; otherwise one instance of the fleet refreshes
     * under a lease and shares it while the others wait for it (each at most {@code maxWait}); if the lease holder
     * dies, the lease expires and another takes over. A failing store means a local refresh.
     */
    private AccessToken obtain(ClientKey clientKey) throws InterruptedException {
        long deadline = System.nanoTime() + maxWaitNanos;
        long pollMillis = 10;
        while (true) {
            Optional<TokenStore.StoredToken> shared;
            Optional<TokenStore.Lease> lease;
            try {
                shared = store.get(clientKey).filter(this::fresh);
                if (shared.isPresent()) {
                    return shared.get().token();
                }
                lease = store.tryLease(clientKey, leaseTime);
            } catch (RuntimeException storeDown) {
                storeFailures.incrementAndGet();
                return issueAndShare(clientKey, null);
            }
            if (lease.isPresent()) {
                try {
                    Optional<TokenStore.StoredToken> raced = store.get(clientKey).filter(this::fresh);
                    if (raced.isPresent()) {
                        return raced.get().token(); // shared between our look and our lease
                    }
                } catch (RuntimeException storeDown) {
                    storeFailures.incrementAndGet();
                }
                return issueAndShare(clientKey, lease.get());
            }
            // another instance refreshes for everyone: wait for its token, within this caller's own deadline
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SnapUnavailableException("no token for " + clientKey + " within "
                        + Duration.ofNanos(maxWaitNanos).toMillis() + " ms: another instance holds the refresh lease"
                        + " and has not shared a token yet; no request was sent by this caller",
                        SnapUnavailableException.Reason.TIMEOUT, null, null, null);
            }
            Thread.sleep(Math.min(pollMillis, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))));
            pollMillis = Math.min(200, pollMillis * 2);
        }
    }

    private boolean fresh(TokenStore.StoredToken stored) {
        return CachingTokenIssuer.refreshAt(stored.token(), refreshMargin) > clock.millis();
    }

    private AccessToken issueAndShare(ClientKey clientKey, TokenStore.Lease lease) {
        try {
            upstreamCalls.incrementAndGet();
            AccessToken token = delegate.issue(clientKey);
            if (token != null) {
                try {
                    store.put(clientKey, token, Duration.ofMillis(Math.max(0,
                            CachingTokenIssuer.refreshAt(token, refreshMargin) - clock.millis())));
                } catch (RuntimeException storeDown) {
                    storeFailures.incrementAndGet();
                }
            }
            return token;
        } finally {
            if (lease != null) {
                try {
                    store.release(lease);
                } catch (RuntimeException storeDown) {
                    storeFailures.incrementAndGet(); // the lease expires by itself
                }
            }
        }
    }
}
