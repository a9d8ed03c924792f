package dev.snapgate.domain.token;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.error.SnapKeyException;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.TokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The token lifecycle: a per-merchant cache in front of a {@link TokenIssuer}.
 *
 * <ul>
 *   <li>A cached token is returned until {@code expiresAt - min(refreshMargin, lifetime / 2)}; that read takes no
 *       lock and allocates nothing.</li>
 *   <li>Single flight: however many callers find no usable token, exactly one calls the delegate; the others wait
 *       for and share its result or its error, each for at most {@link TokenCacheSettings#maxWait()}, and a waiter
 *       that is interrupted stops waiting at once. A failed refresh is not cached: the next caller tries again.</li>
 *   <li>Whatever the delegate throws (a {@link SnapException}, another runtime exception, or a checked exception
 *       thrown sneakily by a custom signer) ends the refresh: the next caller starts a new one. Anything that is not a
 *       {@link SnapException} or an {@link Error} reaches every caller as a {@link SnapKeyException}.</li>
 *   <li>While a token is inside its refresh window but not expired, one caller refreshes and the others keep
 *       using the current token; if that refresh fails, the still-valid token is returned, unless it was
 *       {@linkplain #invalidate invalidated} meanwhile.</li>
 *   <li>{@link #invalidate} forgets a token the upstream called invalid, unless it was already replaced.</li>
 *   <li>A client key whose refresh fails with nothing cached keeps no slot, so unknown merchants cost no memory.</li>
 * </ul>
 *
 * <p>Thread-safe. Errors are the delegate's {@link SnapException}s, rethrown to every waiter; a waiter that gives up
 * gets a {@link SnapUnavailableException} with reason {@code TIMEOUT} or {@code INTERRUPTED}.
 */
public final class CachingTokenIssuer implements TokenIssuer {

    private final FleetTokenIssuer fleet;
    private final Clock clock;
    private final Duration refreshMargin;
    private final long maxWaitNanos;
    private final ConcurrentMap<ClientKey, Slot> slots = new ConcurrentHashMap<>();
    private final dev.snapgate.domain.observe.SnapListener listener;

    /**
     * @param store where tokens are shared beyond this cache: {@link InMemoryTokenStore} for one process, a shared
     *     store (Redis) for a fleet. The store is asked only on a local miss, and a failing store never fails a call:
     *     the token is then obtained locally.
     */
    public CachingTokenIssuer(TokenIssuer delegate, Clock clock, TokenCacheSettings settings, TokenStore store) {
        this(delegate, clock, settings, store, dev.snapgate.domain.observe.SnapListener.NONE);
    }

    /**
     * @param listener told the cache result ({@code hit}, {@code miss}, {@code wait}) of every {@link #issue}
     */
    public CachingTokenIssuer(TokenIssuer delegate, Clock clock, TokenCacheSettings settings, TokenStore store,
            dev.snapgate.domain.observe.SnapListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(settings, "settings");
        this.refreshMargin = settings.refreshMargin();
        this.maxWaitNanos = settings.maxWait().toNanos();
        this.fleet = new FleetTokenIssuer(delegate, clock, settings, store);
    }

    public CachingTokenIssuer(TokenIssuer delegate, Clock clock, TokenCacheSettings settings) {
        this(delegate, clock, settings, new InMemoryTokenStore(clock));
    }

    public CachingTokenIssuer(TokenIssuer delegate, Clock clock) {
        this(delegate, clock, TokenCacheSettings.DEFAULTS);
    }

    @Override
    public AccessToken issue(ClientKey clientKey) {
        Slot slot = slots.get(clientKey);
        if (slot != null) {
            Cached cached = slot.current;
            if (cached != null && clock.millis() < cached.refreshAtMillis) {
                listener.tokenCache(clientKey, dev.snapgate.domain.observe.CacheResult.HIT);
                return cached.token;
            }
        }
        Objects.requireNonNull(clientKey, "clientKey");
        while (true) {
            slot = slots.computeIfAbsent(clientKey, k -> new Slot());
            AccessToken token = refresh(clientKey, slot);
            if (token != null) {
                return token;
            }
            // the slot was dropped (a failed refresh of an unknown merchant) between lookup and lock: use a new one
        }
    }

    /**
     * Forgets {@code staleToken} for {@code clientKey} if it is still the cached one, so the next
     * {@link #issue} obtains a new token. A token already replaced by a newer one is left alone, so many callers
     * reporting the same stale token cause one refresh, not many.
     */
    public void invalidate(ClientKey clientKey, AccessToken staleToken) {
        Objects.requireNonNull(staleToken, "staleToken");
        Objects.requireNonNull(clientKey, "clientKey");
        fleet.invalidate(clientKey, staleToken);
        Slot slot = slots.get(clientKey);
        if (slot == null) {
            return;
        }
        synchronized (slot) {
            Cached cached = slot.current;
            if (cached != null && cached.token == staleToken) {
                slot.current = null;
            }
        }
    }

    /** Callers now waiting for another caller's refresh of {@code clientKey} (for tests and diagnostics). */
    int waiters(ClientKey clientKey) {
        Slot slot = slots.get(clientKey);
        return slot == null ? 0 : slot.waiters.get();
    }

    /** How often the shared store failed (unreachable, slow, unreadable) and a token was obtained locally instead. */
    public long storeFailures() {
        return fleet.storeFailures();
    }

    /** How many times this cache called its delegate (the upstream token call). */
    public long upstreamCalls() {
        return fleet.upstreamCalls();
    }

    /**
     * How long ago the token now cached for {@code clientKey} was obtained (for a token-age gauge); empty when none is
     * cached.
     */
    public java.util.Optional<Duration> tokenAge(ClientKey clientKey) {
        Slot slot = slots.get(Objects.requireNonNull(clientKey, "clientKey"));
        Cached cached = slot == null ? null : slot.current;
        return cached == null ? java.util.Optional.empty()
                : java.util.Optional.of(Duration.ofMillis(Math.max(0, clock.millis() - cached.obtainedAtMillis)));
    }

    /** Client keys holding a slot (for tests and diagnostics). */
    int slotCount() {
        return slots.size();
    }

    /** The token, or null when {@code slot} was retired and the caller must look up a fresh one. */
    private AccessToken refresh(ClientKey clientKey, Slot slot) {
        CompletableFuture<AccessToken> flight;
        boolean owner = false;
        Cached usable;
        synchronized (slot) {
            if (slot.retired) {
                return null;
            }
            Cached cached = slot.current;
            long now = clock.millis();
            if (cached != null && now < cached.refreshAtMillis) {
                listener.tokenCache(clientKey, dev.snapgate.domain.observe.CacheResult.HIT);
                return cached.token;
            }
            usable = cached != null && now < cached.expiresAtMillis ? cached : null;
            flight = slot.inFlight;
            if (flight == null) {
                flight = new CompletableFuture<>();
                slot.inFlight = flight;
                owner = true;
            } else if (usable != null) {
                listener.tokenCache(clientKey, dev.snapgate.domain.observe.CacheResult.HIT);
                return usable.token;
            }
        }
        if (owner) {
            listener.tokenCache(clientKey, dev.snapgate.domain.observe.CacheResult.MISS);
            return fly(clientKey, slot, flight, usable);
        }
        listener.tokenCache(clientKey, dev.snapgate.domain.observe.CacheResult.WAIT);
        return await(clientKey, slot, flight);
    }

    private AccessToken fly(ClientKey clientKey, Slot slot, CompletableFuture<AccessToken> flight, Cached usable) {
        AccessToken token;
        try {
            token = fleet.issue(clientKey);
            if (token == null) {
                throw new IllegalStateException("the token issuer returned null");
            }
        } catch (Throwable thrown) { // NOPMD: a sneaky checked exception must end the flight too
            RuntimeException failure = typed(clientKey, thrown);
            boolean stillUsable;
            synchronized (slot) {
                slot.inFlight = null;
                stillUsable = usable != null && slot.current == usable && clock.millis() < usable.expiresAtMillis;
                if (slot.current == null && slot.waiters.get() == 0) {
                    slot.retired = true;
                    slots.remove(clientKey, slot);
                }
            }
            flight.completeExceptionally(failure != null ? failure : thrown);
            if (stillUsable) {
                return usable.token;
            }
            if (failure != null) {
                throw failure;
            }
            throw (Error) thrown;
        }
        synchronized (slot) {
            slot.current = new Cached(token, refreshAt(token), token.expiresAt().toEpochMilli(), clock.millis());
            slot.inFlight = null;
        }
        flight.complete(token);
        return token;
    }




    /** The exception callers get for {@code thrown}; null for an {@link Error}, which is rethrown as it is. */
    private static RuntimeException typed(ClientKey clientKey, Throwable thrown) {
        if (thrown instanceof SnapException snap) {
            return snap;
        }
        if (thrown instanceof Error) {
            return null;
        }
        // an InterruptedException (even one thrown sneakily by the delegate) is typed by FleetTokenIssuer.issue
        return new SnapKeyException("obtaining a token for " + clientKey + " failed: the token issuer or its signer"
                + " threw " + thrown.getClass().getName() + " instead of a SnapException; no token was issued. Check"
                + " the custom Signer or TokenIssuer (its cause is attached)", thrown);
    }

    private long refreshAt(AccessToken token) {
        return refreshAt(token, refreshMargin);
    }

    /** When {@code token} is due for a refresh: {@code expiresAt - min(margin, lifetime / 2)}, in epoch millis. */
    static long refreshAt(AccessToken token, Duration margin) {
        Duration halfLife = token.lifetime().dividedBy(2);
        Duration m = margin.compareTo(halfLife) > 0 ? halfLife : margin;
        return token.expiresAt().minus(m).toEpochMilli();
    }

    private AccessToken await(ClientKey clientKey, Slot slot, CompletableFuture<AccessToken> flight) {
        slot.waiters.incrementAndGet();
        try {
            return flight.get(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SnapUnavailableException("waiting for the token of " + clientKey + " was interrupted; no request"
                    + " was sent by this caller", SnapUnavailableException.Reason.INTERRUPTED, null, null, e);
        } catch (TimeoutException e) {
            throw new SnapUnavailableException("no token for " + clientKey + " within "
                    + Duration.ofNanos(maxWaitNanos).toMillis() + " ms: another caller's token request is still"
                    + " running; no request was sent by this caller (raise TokenCacheSettings.maxWait only if the"
                    + " token call really takes that long)", SnapUnavailableException.Reason.TIMEOUT, null, null, null);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            slot.waiters.decrementAndGet();
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new SnapKeyException("the token issuer failed (" + cause.getClass().getName() + ")", cause);
    }

    private static final class Slot {
        volatile Cached current;
        CompletableFuture<AccessToken> inFlight;
        boolean retired;
        final AtomicInteger waiters = new AtomicInteger();
    }

    private record Cached(AccessToken token, long refreshAtMillis, long expiresAtMillis, long obtainedAtMillis) {
    }
}
