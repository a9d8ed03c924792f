package dev.snapgate.inbound;

import dev.snapgate.domain.replay.IdempotencyStore;
import dev.snapgate.domain.replay.IdempotencyStore.Claim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a request's work at most once per set of keys, over an {@link IdempotencyStore}: every key is claimed
 * (pending) before the work, completed with the answer after it, or released when the answer says "retry later"
 * ({@link Reply#isRetryable()}: the platform failed), so that NICEPAY's retry is processed anew. A key another
 * request holds or has completed is answered by {@code taken}, without running the work.
 */
final class Once {

    private static final Logger LOG = LoggerFactory.getLogger(Once.class);

    /** One key and how long its answer is remembered. */
    record Key(String id, Instant forgetAfter) {
    }

    private final IdempotencyStore store;
    private final Clock clock;
    private final Duration lease;

    Once(IdempotencyStore store, Clock clock, Duration lease) {
        this.store = store;
        this.clock = clock;
        this.lease = lease;
    }

    Reply run(int service, List<Key> keys, Supplier<Reply> work, Function<Claim, Reply> taken) {
        List<Key> held = new ArrayList<>(keys.size());
        List<String> owners = new ArrayList<>(keys.size());
        Instant leaseUntil = clock.instant().plus(lease);
        try {
            for (Key key : keys) {
                Claim claim = store.claim(key.id(), leaseUntil);
                if (!(claim instanceof Claim.Claimed c)) {
                    releaseAll(held, owners);
                    return taken.apply(claim);
                }
                held.add(key);
                owners.add(c.owner());
            }
        } catch (RuntimeException storeDown) {
            LOG.warn("inbound: the idempotency store could not be asked ({}); answered 500{}00 so NICEPAY retries",
                    storeDown.getClass().getSimpleName(), String.format("%02d", service));
            releaseQuietly(held, owners);
            return Reply.retryLater(service);
        }
        Reply reply;
        try {
            reply = work.get();
        } catch (RuntimeException bug) {
            releaseQuietly(held, owners);
            throw bug;
        }
        try {
            if (reply.isRetryable()) {
                releaseAll(held, owners);
            } else {
                String answer = reply.store();
                for (int i = 0; i < held.size(); i++) {
                    store.complete(held.get(i).id(), owners.get(i), answer, held.get(i).forgetAfter());
                }
            }
        } catch (RuntimeException storeDown) {
            // the work is done; its record could not be written. The lease still blocks a second run until it ends.
            LOG.warn("inbound: the answer was given but could not be recorded ({}); a retry after the lease ends is"
                    + " processed again", storeDown.getClass().getSimpleName());
        }
        return reply;
    }

    private void releaseAll(List<Key> held, List<String> owners) {
        for (int i = 0; i < held.size(); i++) {
            store.release(held.get(i).id(), owners.get(i));
        }
    }

    private void releaseQuietly(List<Key> held, List<String> owners) {
        try {
            releaseAll(held, owners);
        } catch (RuntimeException ignored) {
            // the store is away: the leases end by themselves
        }
    }
}
