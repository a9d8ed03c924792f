package dev.snapgate.store.redis;

import dev.snapgate.domain.replay.ReplayStore;
import io.lettuce.core.SetArgs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * {@link ReplayStore} on Redis: {@code SET snapgate:replay:<id> 1 NX PX <until forgetAfter>}; the first instance
 * to record an id wins, every other instance sees the replay. Ids are opaque (callers hash anything sensitive).
 * Thread-safe; throws while Redis is unreachable, so a caller can refuse instead of letting a replay through.
 */
final class RedisReplayStore implements ReplayStore {

    private final SnapRedis redis;
    private final String prefix;
    private final Clock clock;

    RedisReplayStore(SnapRedis redis, String prefix, Clock clock) {
        this.redis = redis;
        this.prefix = prefix;
        this.clock = clock;
    }

    @Override
    public boolean firstUse(String id, Instant forgetAfter) {
        Objects.requireNonNull(id, "id");
        long ttl = Duration.between(clock.instant(), forgetAfter).toMillis();
        if (ttl <= 0) {
            return true; // already outside its window: nothing to remember
        }
        return "OK".equals(redis.command("record a replay id", commands -> commands.set(prefix + ":replay:" + id, "1",
                SetArgs.Builder.nx().px(ttl))));
    }

    @Override
    public String toString() {
        return "RedisReplayStore[" + redis + "]";
    }
}
