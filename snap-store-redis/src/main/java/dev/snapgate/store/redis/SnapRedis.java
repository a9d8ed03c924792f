package dev.snapgate.store.redis;

import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.replay.ReplayStore;
import dev.snapgate.domain.token.TokenStore;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to Redis for a snapgate instance, and the stores on it: {@link #tokenStore()} (shared tokens and
 * the fleet-wide refresh lease) and {@link #replayStore()} ({@code SET NX} with expiry). Built by
 * {@link #builder(URI)}:
 *
 * <pre>{@code
 * try (SnapRedis redis = SnapRedis.builder(URI.create("rediss://:password@redis.internal:6380/0"))
 *         .encryptionKey(Secret.of(System.getenv("SNAPGATE_TOKEN_STORE_KEY")))   // AES-GCM at rest, optional
 *         .connect()) {
 *     SnapClient nicepay = SnapClient.builder().sandbox().merchant(merchant).tokenStore(redis.tokenStore()).build();
 * }
 * }</pre>
 *
 * <p>A Redis that is down, slow or restarting never stops snapgate: each command has a short timeout, a failure makes
 * the token cache refresh locally (and counts it), and the connection is re-established by itself (at most one
 * attempt a second while Redis is away). Thread-safe; close it when the application stops.
 */
public final class SnapRedis implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SnapRedis.class);
    private static final long RECONNECT_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long LOG_INTERVAL_NANOS = Duration.ofSeconds(10).toNanos();

    private final RedisClient client;
    private final String where;
    private final String prefix;
    private final Clock clock;
    private final Optional<Secret> encryptionKey;
    private final AtomicLong nextAttempt = new AtomicLong(System.nanoTime());
    private final AtomicLong nextLog = new AtomicLong(System.nanoTime());
    private final AtomicLong failures = new AtomicLong();
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile boolean closed;

    private final RedisURI uri;
    private final ClientResources resources;

    private SnapRedis(Builder b, RedisURI uri) {
        this.uri = uri;
        this.where = uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
        this.prefix = b.keyPrefix;
        this.clock = b.clock;
        this.encryptionKey = Optional.ofNullable(b.encryptionKey);
        uri.setTimeout(b.commandTimeout);
        // reconnect attempts back off to at most 2 s (Lettuce's default grows to 30 s): a store that is back is used
        // again within seconds, and a probe every 2 s costs Redis nothing
        this.resources = ClientResources.builder().reconnectDelay(Delay.exponential(Duration.ofMillis(10),
                Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS)).build();
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // while disconnected, fail at once instead of queueing: the caller refreshes locally meanwhile
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(b.commandTimeout))
                .socketOptions(SocketOptions.builder().connectTimeout(b.commandTimeout.multipliedBy(4)).build())
                .build());
        startConnecting();
    }

    /** A builder for the Redis at {@code uri}: {@code redis://[:password@]host:port[/db]} or {@code rediss://...}. */
    public static Builder builder(URI uri) {
        return new Builder(uri);
    }

    /** Shared tokens and the refresh lease, for {@code SnapClient.builder().tokenStore(...)}. */
    public TokenStore tokenStore() {
        return new RedisTokenStore(this, prefix, clock, encryptionKey.map(RedisTokenStore::aesKey));
    }

    /**
     * A replay store (for notifications and inbound {@code X-EXTERNAL-ID}s) shared by the fleet. Unlike the token
     * store it does not fall back: when Redis is away it throws, so the caller can refuse rather than let a replay
     * through.
     */
    public ReplayStore replayStore() {
        return new RedisReplayStore(this, prefix, clock);
    }

    /**
     * The inbound core's exactly-once records (pending, done with an answer, released) shared by a fleet of
     * {@code SnapInbound} instances: {@code SnapInbound.builder().store(redis.idempotencyStore())}. Like the replay
     * store it does not fall back: when Redis is away it throws, and the inbound core answers {@code 500XX00}.
     */
    public dev.snapgate.domain.replay.IdempotencyStore idempotencyStore() {
        return new RedisIdempotencyStore(this, prefix, clock);
    }

    /** Commands that failed (Redis down, slow or refusing) since this connection was built. */
    public long failures() {
        return failures.get();
    }

    /**
     * The synchronous commands; throws while Redis is unreachable. Connecting never blocks a caller: it runs in the
     * background (at most one attempt a second), and calls go on without Redis until it is up.
     */
    /**
     * Runs {@code command} on the connection; any failure (not connected yet, Redis down, slow or refusing) is
     * counted, logged as {@link #failed} does, and rethrown for the store's caller to go on without Redis.
     */
    <T> T command(String what, java.util.function.Function<RedisCommands<String, String>, T> command) {
        try {
            return command.apply(commands());
        } catch (RuntimeException e) {
            throw failed(what, e);
        }
    }

    private RedisCommands<String, String> commands() {
        if (closed) {
            throw new IllegalStateException("this SnapRedis is closed");
        }
        StatefulRedisConnection<String, String> c = connection;
        if (c != null) {
            return c.sync();
        }
        startConnecting();
        throw new IllegalStateException("not connected to Redis at " + where + " yet");
    }

    private void startConnecting() {
        long now = System.nanoTime();
        long next = nextAttempt.get();
        if (now < next || !nextAttempt.compareAndSet(next, now + RECONNECT_INTERVAL_NANOS)) {
            return;
        }
        client.connectAsync(io.lettuce.core.codec.StringCodec.UTF8, uri).whenComplete((connected, error) -> {
            if (error != null) {
                failed("connect", error instanceof RuntimeException r ? r : new IllegalStateException(error));
                return;
            }
            if (closed) {
                connected.closeAsync();
                return;
            }
            connection = connected;
            LOG.info("connected to Redis at {}", where);
            synchronized (this) {
                notifyAll();
            }
        });
    }

    /**
     * Waits up to {@code timeout} for the connection (for applications that prefer to start with Redis up).
     *
     * @return true when connected
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitConnection(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (connection == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                startConnecting();
                wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100)));
            }
        }
        return true;
    }

    /** Counts a failed command and logs it at most once every 10 s (the type only: never a key's value). */
    RuntimeException failed(String what, RuntimeException e) {
        long n = failures.incrementAndGet();
        long now = System.nanoTime();
        long next = nextLog.get();
        if (now >= next && nextLog.compareAndSet(next, now + LOG_INTERVAL_NANOS)) {
            LOG.warn("Redis at {} failed to {} ({}); snapgate goes on without it ({} failures so far)", where, what,
                    e.getClass().getSimpleName(), n);
        }
        return e;
    }

    @Override
    public void close() {
        closed = true;
        StatefulRedisConnection<String, String> c = connection;
        if (c != null) {
            c.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }

    @Override
    public String toString() {
        return "SnapRedis[" + where + (encryptionKey.isPresent() ? ", tokens encrypted" : "") + "]";
    }

    /** Configures a {@link SnapRedis}; {@link #connect()} validates everything. */
    public static final class Builder {
        private final URI uri;
        private Secret encryptionKey;
        private Duration commandTimeout = Duration.ofMillis(250);
        private String keyPrefix = "snapgate";
        private Clock clock = Clock.systemUTC();

        private Builder(URI uri) {
            this.uri = Objects.requireNonNull(uri, "uri");
        }

        /**
         * Encrypts token values at rest with AES-GCM under this key: Base64 of 16, 24 or 32 random bytes (e.g.
         * {@code openssl rand -base64 32}). Every instance of the fleet needs the same key.
         */
        public Builder encryptionKey(Secret base64Key) {
            this.encryptionKey = Objects.requireNonNull(base64Key, "base64Key");
            return this;
        }

        /** How long one Redis command may take before the token cache goes on without Redis (default 250 ms). */
        public Builder commandTimeout(Duration timeout) {
            this.commandTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** The prefix of every key (default {@code snapgate}), to share one Redis between applications. */
        public Builder keyPrefix(String prefix) {
            this.keyPrefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the connection and starts connecting in the background: a Redis that is down now makes the first
         * calls refresh locally, and the connection comes up when Redis does ({@link SnapRedis#awaitConnection}
         * waits for it).
         *
         * @throws SnapConfigurationException for a malformed URI, an unusable key or timeout
         */
        public SnapRedis connect() {
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("redis") || scheme.equals("rediss")) || uri.getHost() == null) {
                throw new SnapConfigurationException("token store URI must be redis://[:password@]host:port[/db] or"
                        + " rediss://... (TLS), got a " + (scheme == null ? "URI without scheme" : scheme + " URI"));
            }
            if (commandTimeout.isNegative() || commandTimeout.isZero()) {
                throw new SnapConfigurationException("Redis command timeout must be positive, got " + commandTimeout);
            }
            if (!keyPrefix.matches("[A-Za-z0-9_.-]{1,40}")) {
                throw new SnapConfigurationException("Redis key prefix must be 1-40 letters, digits, '_', '.' or '-'");
            }
            if (encryptionKey != null) {
                RedisTokenStore.aesKey(encryptionKey); // validates
            }
            RedisURI redisUri;
            try {
                redisUri = RedisURI.create(uri);
            } catch (RuntimeException e) {
                throw new SnapConfigurationException("token store URI is malformed (" + e.getClass().getSimpleName()
                        + "); use redis://[:password@]host:port[/db]");
            }
            return new SnapRedis(this, redisUri);
        }
    }

    static byte[] base64(Secret key) {
        try {
            return Base64.getDecoder().decode(key.reveal().strip());
        } catch (IllegalArgumentException e) {
            throw new SnapConfigurationException("the token encryption key is not Base64; make one with"
                    + " 'openssl rand -base64 32'");
        }
    }
}
