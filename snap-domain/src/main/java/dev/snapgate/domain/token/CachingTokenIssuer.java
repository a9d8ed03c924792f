package dev.snapgate.domain.token;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.TokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * The token lifecycle: a per-merchant cache in front of a {@link TokenIssuer}.
 *
 * <ul>
 *   <li>A cached token is returned until {@code expiresAt - min(refreshMargin, lifetime / 2)}; that read takes no
 *       lock and allocates nothing.</li>
 *   <li>Single flight: however many callers find no usable token, exactly one calls the delegate; the others wait
 *       for and share its result or its error. A failed refresh is not cached: the next caller tries again.</li>
 *   <li>While a token is inside its refresh window but not expired, one caller refreshes and the others keep
 *       using the current token; if that refresh fails, the still-valid token is returned.</li>
 *   <li>{@link #invalidate} forgets a token the upstream called invalid, unless it was already replaced.</li>
 * </ul>
 *
 * <p>Thread-safe. Errors are the delegate's {@link dev.snapgate.domain.SnapException}s, rethrown to every waiter.
 */
public final class CachingTokenIssuer implements TokenIssuer {

    private final TokenIssuer delegate;
    private final Clock clock;
    private final Duration refreshMargin;
    private final ConcurrentMap<ClientKey, Slot> slots = new ConcurrentHashMap<>();

    public CachingTokenIssuer(TokenIssuer delegate, Clock clock, TokenCacheSettings settings) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshMargin = Objects.requireNonNull(settings, "settings").refreshMargin();
    }

    public CachingTokenIssuer(TokenIssuer delegate, Clock clock) {
        this(delegate, clock, TokenCacheSettings.DEFAULTS);
    }

    @Override
    public AccessToken issue(ClientKey clientKey) {
        Slot slot = slots.get(clientKey);
        if (slot == null) {
            slot = slots.computeIfAbsent(Objects.requireNonNull(clientKey, "clientKey"), k -> new Slot());
        }
        Cached cached = slot.current;
        if (cached != null && clock.millis() < cached.refreshAtMillis) {
            return cached.token;
        }
        return refresh(clientKey, slot);
    }

    /**
     * Forgets {@code staleToken} for {@code clientKey} if it is still the cached one, so the next
     * {@link #issue} obtains a new token. A token already replaced by a newer one is left alone, so many callers
     * reporting the same stale token cause one refresh, not many.
     */
    public void invalidate(ClientKey clientKey, AccessToken staleToken) {
        Objects.requireNonNull(staleToken, "staleToken");
        Slot slot = slots.get(Objects.requireNonNull(clientKey, "clientKey"));
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

    /** Forgets every cached token of {@code clientKey}. */
    public void invalidateAll(ClientKey clientKey) {
        Slot slot = slots.get(Objects.requireNonNull(clientKey, "clientKey"));
        if (slot != null) {
            synchronized (slot) {
                slot.current = null;
            }
        }
    }

    private AccessToken refresh(ClientKey clientKey, Slot slot) {
        CompletableFuture<AccessToken> flight;
        boolean owner = false;
        Cached usable;
        synchronized (slot) {
            Cached cached = slot.current;
            long now = clock.millis();
            if (cached != null && now < cached.refreshAtMillis) {
                return cached.token;
            }
            usable = cached != null && now < cached.expiresAtMillis ? cached : null;
            flight = slot.inFlight;
            if (flight == null) {
                flight = new CompletableFuture<>();
                slot.inFlight = flight;
                owner = true;
            } else if (usable != null) {
                return usable.token;
            }
        }
        if (owner) {
            return fly(clientKey, slot, flight, usable);
        }
        return await(flight);
    }

    private AccessToken fly(ClientKey clientKey, Slot slot, CompletableFuture<AccessToken> flight, Cached usable) {
        AccessToken token;
        try {
            token = Objects.requireNonNull(delegate.issue(clientKey), "token issuer returned null");
        } catch (RuntimeException | Error e) {
            synchronized (slot) {
                slot.inFlight = null;
            }
            flight.completeExceptionally(e);
            if (usable != null && clock.millis() < usable.expiresAtMillis) {
                return usable.token;
            }
            throw e;
        }
        synchronized (slot) {
            slot.current = new Cached(token, refreshAt(token), token.expiresAt().toEpochMilli());
            slot.inFlight = null;
        }
        flight.complete(token);
        return token;
    }

    private long refreshAt(AccessToken token) {
        Duration halfLife = token.lifetime().dividedBy(2);
        Duration margin = refreshMargin.compareTo(halfLife) > 0 ? halfLife : refreshMargin;
        return token.expiresAt().minus(margin).toEpochMilli();
    }

    private static AccessToken await(CompletableFuture<AccessToken> flight) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return flight.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
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
        throw new IllegalStateException("token issuer failed", cause);
    }

    private static final class Slot {
        volatile Cached current;
        CompletableFuture<AccessToken> inFlight;
    }

    private record Cached(AccessToken token, long refreshAtMillis, long expiresAtMillis) {
    }
}
