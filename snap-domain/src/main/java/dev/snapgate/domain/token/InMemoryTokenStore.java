package dev.snapgate.domain.token;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The default {@link TokenStore}: this process's memory. Token caches built on the same instance (several
 * {@code SnapClient}s in one JVM) share tokens and refresh leases. Thread-safe.
 */
public final class InMemoryTokenStore implements TokenStore {

    private record Entry(AccessToken token, Instant until) {
    }

    private record Held(String owner, Instant until) {
    }

    private final Clock clock;
    private final ConcurrentMap<ClientKey, Entry> tokens = new ConcurrentHashMap<>();
    private final ConcurrentMap<ClientKey, Held> leases = new ConcurrentHashMap<>();

    public InMemoryTokenStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<StoredToken> get(ClientKey clientKey) {
        Entry e = tokens.get(clientKey);
        Instant now = clock.instant();
        if (e == null || !e.until().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new StoredToken(e.token(), Duration.between(now, e.until())));
    }

    @Override
    public void put(ClientKey clientKey, AccessToken token, Duration sharedFor) {
        Objects.requireNonNull(token, "token");
        if (sharedFor.isNegative() || sharedFor.isZero()) {
            tokens.remove(clientKey);
            return;
        }
        tokens.put(Objects.requireNonNull(clientKey, "clientKey"), new Entry(token, clock.instant().plus(sharedFor)));
    }

    @Override
    public Optional<Lease> tryLease(ClientKey clientKey, Duration leaseTime) {
        Instant now = clock.instant();
        String owner = UUID.randomUUID().toString();
        Held mine = new Held(owner, now.plus(leaseTime));
        Held result = leases.compute(clientKey, (k, held) -> held == null || !held.until().isAfter(now) ? mine : held);
        return result == mine ? Optional.of(new Lease(clientKey, owner)) : Optional.empty();
    }

    @Override
    public void release(Lease lease) {
        leases.computeIfPresent(lease.clientKey(), (k, held) -> held.owner().equals(lease.owner()) ? null : held);
    }

    @Override
    public void invalidate(ClientKey clientKey, AccessToken staleToken) {
        tokens.computeIfPresent(clientKey, (k, e) -> e.token().value().matches(staleToken.value()) ? null : e);
    }
}
