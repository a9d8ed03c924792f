package dev.snapgate.store.redis;

import dev.snapgate.domain.replay.IdempotencyStore;
import dev.snapgate.domain.replay.ReplayStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * {@link ReplayStore} on Redis: a first use is {@link IdempotencyStore#putIfAbsent} on the fleet's
 * {@link RedisIdempotencyStore} (one atomic script); the first instance to record an id wins, every other instance
 * sees the replay. Ids are opaque (callers hash anything sensitive). Thread-safe; throws while Redis is unreachable,
 * so a caller can refuse instead of letting a replay through.
 */
final class RedisReplayStore implements ReplayStore {

    private final IdempotencyStore store;
    private final Clock clock;

    RedisReplayStore(SnapRedis redis, String prefix, Clock clock) {
        this.store = new RedisIdempotencyStore(redis, prefix, clock);
        this.clock = clock;
    }

    @Override
    public boolean firstUse(String id, Instant forgetAfter) {
        Objects.requireNonNull(id, "id");
        if (!forgetAfter.isAfter(clock.instant())) {
            return true; // already outside its window: nothing to remember
        }
        return store.putIfAbsent("replay:" + id, "seen", forgetAfter).isEmpty();
    }

    @Override
    public String toString() {
        return "RedisReplayStore[" + store + "]";
    }
}
