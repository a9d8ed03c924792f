package dev.snapgate.domain.token;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where tokens are shared beyond one {@link CachingTokenIssuer}: by default this process's memory
 * ({@link InMemoryTokenStore}); for a fleet, a store every instance reaches (the {@code snap-store-redis} module), so
 * one instance refreshes a merchant's token for all.
 *
 * <p>The in-process cache stays the first level: a cached read never reaches the store. The store is asked only when
 * the cache has no usable token. Implementations are thread-safe; any of their methods may throw a
 * {@link RuntimeException} when the store is unreachable or slow, and the cache then refreshes locally (a store
 * outage is never a snapgate outage).
 */
public interface TokenStore {

    /** A token as stored: valid to share for {@code sharedFor} more (measured by the store, not by this process). */
    record StoredToken(AccessToken token, Duration sharedFor) {
        public StoredToken {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(sharedFor, "sharedFor");
        }
    }

    /** The right to refresh one merchant's token for everyone, until it is released or expires. */
    record Lease(ClientKey clientKey, String owner) {
        public Lease {
            Objects.requireNonNull(clientKey, "clientKey");
            Objects.requireNonNull(owner, "owner");
        }
    }

    /** The shared token of {@code clientKey}, if one is stored and still before its refresh point. */
    Optional<StoredToken> get(ClientKey clientKey);

    /** Shares {@code token} for {@code sharedFor} (until its refresh point); replaces what was stored. */
    void put(ClientKey clientKey, AccessToken token, Duration sharedFor);

    /**
     * Tries to become the one that refreshes {@code clientKey}'s token, for at most {@code leaseTime} (so a holder
     * that dies frees it by itself).
     *
     * @return the lease, or empty when another holds it
     */
    Optional<Lease> tryLease(ClientKey clientKey, Duration leaseTime);

    /** Gives a lease back early; does nothing if it expired and another holds it now. */
    void release(Lease lease);

    /**
     * Forgets {@code staleToken} if it is still the stored one (compare and delete): many instances reporting the same
     * stale token cause one refresh, not many.
     */
    void invalidate(ClientKey clientKey, AccessToken staleToken);
}
