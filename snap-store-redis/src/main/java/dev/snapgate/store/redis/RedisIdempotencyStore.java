package dev.snapgate.store.redis;

import dev.snapgate.domain.replay.IdempotencyStore;
import io.lettuce.core.ScriptOutputType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link IdempotencyStore} on Redis, shared by a fleet: one key per entry, {@code P:<owner>} while pending and
 * {@code D:<answer>} once done, each with its expiry ({@code PX}); every transition is one Lua script, so it is atomic
 * across instances. Throws while Redis is unreachable: the inbound core then answers {@code 500XX00} and NICEPAY
 * retries, rather than risk processing twice.
 */
final class RedisIdempotencyStore implements IdempotencyStore {

    /** Claims an absent key; otherwise returns what is there. */
    private static final String CLAIM = "local v = redis.call('GET', KEYS[1]) "
            + "if v then return v end "
            + "redis.call('SET', KEYS[1], 'P:' .. ARGV[1], 'PX', ARGV[2]) return 'C'";
    /** Moves a key from pending (held by ARGV[1]) to done. */
    private static final String COMPLETE = "if redis.call('GET', KEYS[1]) == 'P:' .. ARGV[1] then "
            + "redis.call('SET', KEYS[1], 'D:' .. ARGV[2], 'PX', ARGV[3]) return 1 end return 0";
    /** Deletes a key pending under ARGV[1]. */
    private static final String RELEASE = "if redis.call('GET', KEYS[1]) == 'P:' .. ARGV[1] then "
            + "redis.call('DEL', KEYS[1]) return 1 end return 0";
    /** Records a done value unless something is there; returns what is there. */
    private static final String PUT_IF_ABSENT = "local v = redis.call('GET', KEYS[1]) "
            + "if v then return v end "
            + "redis.call('SET', KEYS[1], 'D:' .. ARGV[1], 'PX', ARGV[2]) return 'C'";

    private final SnapRedis redis;
    private final String prefix;
    private final Clock clock;

    RedisIdempotencyStore(SnapRedis redis, String prefix, Clock clock) {
        this.redis = redis;
        this.prefix = prefix;
        this.clock = clock;
    }

    @Override
    public Claim claim(String key, Instant leaseUntil) {
        Objects.requireNonNull(key, "key");
        String owner = UUID.randomUUID().toString();
        String found = eval("claim an idempotency key", CLAIM, key, owner, String.valueOf(ttl(leaseUntil)));
        if (found.equals("C")) {
            return new Claim.Claimed(owner);
        }
        return found.startsWith("D:") ? new Claim.Done(found.substring(2)) : new Claim.Pending();
    }

    @Override
    public boolean complete(String key, String owner, String answer, Instant forgetAfter) {
        Objects.requireNonNull(answer, "answer");
        return redis.command("complete an idempotency key", c -> c.<Long>eval(COMPLETE, ScriptOutputType.INTEGER,
                new String[] {redisKey(key)}, owner, answer, String.valueOf(ttl(forgetAfter)))) == 1L;
    }

    @Override
    public boolean release(String key, String owner) {
        return redis.command("release an idempotency key", c -> c.<Long>eval(RELEASE, ScriptOutputType.INTEGER,
                new String[] {redisKey(key)}, owner)) == 1L;
    }

    @Override
    public Optional<String> putIfAbsent(String key, String value, Instant forgetAfter) {
        Objects.requireNonNull(value, "value");
        String found = eval("record an idempotency key", PUT_IF_ABSENT, key, value, String.valueOf(ttl(forgetAfter)));
        if (found.equals("C")) {
            return Optional.empty();
        }
        return Optional.of(found.startsWith("D:") ? found.substring(2) : "");
    }

    private String eval(String what, String script, String key, String... args) {
        return redis.command(what, c -> c.<String>eval(script, ScriptOutputType.VALUE, new String[] {redisKey(key)},
                args));
    }

    /** At least 1 ms: an entry due now is still written, and expires at once. */
    private long ttl(Instant until) {
        return Math.max(1, Duration.between(clock.instant(), until).toMillis());
    }

    private String redisKey(String key) {
        return prefix + ":idem:" + key;
    }

    @Override
    public String toString() {
        return "RedisIdempotencyStore[" + redis + "]";
    }
}
