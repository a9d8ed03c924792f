package dev.snapgate.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.domain.replay.ReplayStore;
import dev.snapgate.domain.token.CachingTokenIssuer;
import dev.snapgate.domain.token.TokenCacheSettings;
import dev.snapgate.domain.token.TokenStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Redis stores against a real redis-server on loopback: a fleet of caches, leases, outages, encryption. */
class RedisStoresIT {

    private static final ClientKey A = ClientKey.of("MERCHANT_A");
    private static final ClientKey B = ClientKey.of("MERCHANT_B");
    private static final Clock CLOCK = Clock.systemUTC();
    private static LocalRedis redis;

    private final Map<ClientKey, AtomicInteger> upstreamCalls = new ConcurrentHashMap<>();
    private volatile Duration lifetime = Duration.ofSeconds(900);
    private final List<SnapRedis> connections = new ArrayList<>();

    /** The NICEPAY token endpoint, faked: counts calls per merchant, tokens name their merchant. */
    private final TokenIssuer upstream = key -> {
        int n = upstreamCalls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        Instant now = CLOCK.instant();
        return new AccessToken(Secret.of(key.value() + "-token-" + n + "-" + System.nanoTime()), "Bearer", now,
                now.plus(lifetime));
    };

    @BeforeAll
    static void startRedis() throws Exception {
        redis = LocalRedis.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @BeforeEach
    void flush() {
        try (RedisClient client = RedisClient.create(redis.uri().toString());
                StatefulRedisConnection<String, String> c = client.connect()) {
            c.sync().flushall();
        }
    }

    @org.junit.jupiter.api.AfterEach
    void closeConnections() {
        connections.forEach(SnapRedis::close);
    }

    /** A new "instance": its own Redis connection and its own in-process cache. */
    private CachingTokenIssuer instance(TokenCacheSettings settings, SnapRedis.Builder builder) {
        SnapRedis connection = connected(builder);
        return new CachingTokenIssuer(upstream, CLOCK, settings, connection.tokenStore());
    }

    /** Connected (the instance starts with Redis up), or after 30 s as it is (a refused AUTH never connects). */
    private SnapRedis connected(SnapRedis.Builder builder) {
        SnapRedis connection = builder.connect();
        connections.add(connection);
        try {
            connection.awaitConnection(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return connection;
    }

    private CachingTokenIssuer instance() {
        return instance(TokenCacheSettings.DEFAULTS, SnapRedis.builder(redis.uri()));
    }

    private int calls(ClientKey key) {
        return upstreamCalls.getOrDefault(key, new AtomicInteger()).get();
    }

    @Test
    void twentyInstancesWithTwoHundredConcurrentCallers_makeExactlyOneTokenCallPerMerchant() throws Exception {
        List<CachingTokenIssuer> fleet = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fleet.add(instance());
        }
        ExecutorService pool = Executors.newFixedThreadPool(200);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                CachingTokenIssuer instance = fleet.get(i % 20);
                ClientKey key = i % 2 == 0 ? A : B;
                results.add(pool.submit(() -> {
                    go.await();
                    return instance.issue(key);
                }));
            }
            go.countDown();
            for (int i = 0; i < results.size(); i++) {
                String token = results.get(i).get(60, TimeUnit.SECONDS).value().reveal();
                assertThat(token).as("two merchants never see each other's tokens")
                        .startsWith((i % 2 == 0 ? A : B).value() + "-");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls(A)).isEqualTo(1);
        assertThat(calls(B)).isEqualTo(1);
    }

    @Test
    void aLeaseHolderThatDiesMidRefresh_isTakenOverAfterTheLease() throws Exception {
        SnapRedis dead = connected(SnapRedis.builder(redis.uri()));
        Optional<TokenStore.Lease> lease = dead.tokenStore().tryLease(A, Duration.ofMillis(800)); // then it "dies"
        assertThat(lease).isPresent();
        CachingTokenIssuer survivor = instance();

        AccessToken token = survivor.issue(A); // waits for the lease to run out, then refreshes itself

        assertThat(token.value().reveal()).startsWith("MERCHANT_A-token-1-");
        assertThat(calls(A)).isEqualTo(1);
        assertThat(survivor.storeFailures()).isZero();
    }

    /**
     * The lease's {@code SET NX} reaches Redis but its reply is lost (here: Redis pauses every client longer than the
     * command timeout, then runs what was queued). The instance that took it does not know it holds it; without
     * giving it back, the whole fleet would wait out the lease time for a refresh nobody is doing.
     */
    @Test
    void aLeaseWhoseReplyIsLost_isGivenBack_soTheFleetNeedNotWaitItOut() throws Exception {
        SnapRedis slow = connected(SnapRedis.builder(redis.uri()).commandTimeout(Duration.ofMillis(100)));
        try (RedisClient admin = RedisClient.create(redis.uri().toString());
                StatefulRedisConnection<String, String> c = admin.connect()) {
            c.sync().configResetstat();
            c.sync().clientPause(2000);

            assertThatThrownBy(() -> slow.tokenStore().tryLease(A, Duration.ofSeconds(30)))
                    .isInstanceOf(RuntimeException.class);

            // what the paused Redis queued runs once the pause ends: the SET, then the give-back after it
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (commandCalls(c, "eval") < 1 && System.nanoTime() < deadline) {
                // each INFO is itself held until the pause ends, then asks Redis for the fact
                Thread.onSpinWait();
            }
            assertThat(commandCalls(c, "set")).as("the lease's SET reached Redis").isEqualTo(1);
            assertThat(c.sync().exists("snapgate:lease:" + A.value())).as("no orphaned lease").isZero();
        }
    }

    private static long commandCalls(StatefulRedisConnection<String, String> c, String command) {
        for (String line : c.sync().info("commandstats").split("\r?\n")) {
            if (line.startsWith("cmdstat_" + command + ":calls=")) {
                String rest = line.substring(("cmdstat_" + command + ":calls=").length());
                return Long.parseLong(rest.substring(0, rest.indexOf(',')));
            }
        }
        return 0;
    }

    @Test
    void manyInstancesReportingTheSameStaleToken_causeOneRefresh() {
        CachingTokenIssuer one = instance();
        CachingTokenIssuer two = instance();
        AccessToken stale = one.issue(A);
        assertThat(two.issue(A).value().reveal()).isEqualTo(stale.value().reveal());

        one.invalidate(A, stale);
        AccessToken fresh = one.issue(A);
        two.invalidate(A, two.issue(A)); // two still caches the stale one locally: compare-and-delete spares fresh
        AccessToken seenByTwo = two.issue(A);

        assertThat(seenByTwo.value().reveal()).isEqualTo(fresh.value().reveal());
        assertThat(calls(A)).isEqualTo(2);
    }

    @Test
    void redisKilledAndRestartedMidRun_failsNoCall_handsOutNoWrongToken_andTheStoreRecovers() throws Exception {
        lifetime = Duration.ofMillis(1200); // refreshed every ~600 ms, so refreshes happen during the outage
        // a refresh lease sized to these tokens: when Redis comes back, a SET NX can run on the server while the
        // client already counted it as failed, leaving a lease nobody releases; the fleet then waits for it to
        // expire (the default 30 s, far beyond a 1.2 s token) before another instance refreshes
        TokenCacheSettings settings = new TokenCacheSettings(TokenCacheSettings.DEFAULTS.refreshMargin(),
                TokenCacheSettings.DEFAULTS.maxWait(), Duration.ofSeconds(2));
        List<CachingTokenIssuer> fleet = List.of(instance(settings, SnapRedis.builder(redis.uri())),
                instance(settings, SnapRedis.builder(redis.uri())), instance(settings, SnapRedis.builder(redis.uri())));
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        LongAdder wrongMerchant = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int i = 0; i < 6; i++) {
                CachingTokenIssuer instance = fleet.get(i % 3);
                ClientKey key = i % 2 == 0 ? A : B;
                pool.submit(() -> {
                    while (running.get()) {
                        try {
                            String token = instance.issue(key).value().reveal();
                            if (!token.startsWith(key.value() + "-")) {
                                wrongMerchant.increment();
                            }
                            ok.increment();
                        } catch (RuntimeException e) {
                            failed.increment();
                        }
                    }
                });
            }
            awaitCount(ok, 1_000);
            redis.kill();
            long before = fleet.stream().mapToLong(CachingTokenIssuer::storeFailures).sum();
            awaitStoreFailures(fleet, before + 1); // the outage is noticed...
            long okDuringOutage = ok.sum();
            awaitCount(ok, okDuringOutage + 1_000); // ...and calls go on without Redis
            redis.restart();
            awaitRecovered(fleet.get(0)); // the fleet's own connections come back
        } finally {
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(failed.sum()).isZero();
        assertThat(wrongMerchant.sum()).isZero();
        assertThat(fleet.stream().mapToLong(CachingTokenIssuer::storeFailures).sum()).isPositive();
    }

    private static void awaitCount(LongAdder counter, long atLeast) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (counter.sum() < atLeast) {
            assertThat(System.nanoTime()).as("waited for %d calls", atLeast).isLessThan(giveUp);
            Thread.sleep(5);
        }
    }

    private static void awaitStoreFailures(List<CachingTokenIssuer> fleet, long atLeast) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (fleet.stream().mapToLong(CachingTokenIssuer::storeFailures).sum() < atLeast) {
            assertThat(System.nanoTime()).as("waited for the outage to be noticed").isLessThan(giveUp);
            Thread.sleep(5);
        }
    }

    /** The store works again: refreshes stop failing (Lettuce reconnects by itself). */
    private static void awaitRecovered(CachingTokenIssuer instance) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long failures = instance.storeFailures();
        long upstream = instance.upstreamCalls();
        // two refresh cycles in a row without a new store failure
        while (instance.upstreamCalls() < upstream + 2 || instance.storeFailures() != failures) {
            if (instance.storeFailures() != failures) {
                failures = instance.storeFailures();
                upstream = instance.upstreamCalls();
            }
            assertThat(System.nanoTime()).as("waited for Redis to come back").isLessThan(giveUp);
            Thread.sleep(20);
        }
    }

    @Test
    void storedTokens_expireAtTheirRefreshPointByRedisClock_underAKeyWithoutSecrets() {
        SnapRedis connection = connected(SnapRedis.builder(redis.uri()));
        Instant now = CLOCK.instant();
        AccessToken token = new AccessToken(Secret.of("plain-token-value"), "Bearer", now, now.plusSeconds(900));

        connection.tokenStore().put(A, token, Duration.ofSeconds(840));

        try (RedisClient client = RedisClient.create(redis.uri().toString());
                StatefulRedisConnection<String, String> raw = client.connect()) {
            assertThat(raw.sync().keys("*")).containsExactly("snapgate:token:MERCHANT_A");
            assertThat(raw.sync().pttl("snapgate:token:MERCHANT_A")).isBetween(830_000L, 840_000L);
        }
        TokenStore.StoredToken read = connection.tokenStore().get(A).orElseThrow();
        assertThat(read.token().value().reveal()).isEqualTo("plain-token-value");
        assertThat(Duration.between(CLOCK.instant(), read.token().expiresAt()).toSeconds()).isBetween(890L, 900L);
    }

    @Test
    void withAnEncryptionKey_theTokenIsNotReadableAtRest_andAnotherKeyReadsNothing() {
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        String otherKey = java.util.Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        SnapRedis encrypted = connected(SnapRedis.builder(redis.uri()).encryptionKey(Secret.of(key)));
        SnapRedis other = connected(SnapRedis.builder(redis.uri()).encryptionKey(Secret.of(otherKey)));
        Instant now = CLOCK.instant();
        encrypted.tokenStore().put(A, new AccessToken(Secret.of("secret-token-at-rest"), "Bearer", now,
                now.plusSeconds(900)), Duration.ofSeconds(840));

        try (RedisClient client = RedisClient.create(redis.uri().toString());
                StatefulRedisConnection<String, String> raw = client.connect()) {
            String stored = raw.sync().get("snapgate:token:MERCHANT_A");
            assertThat(stored).contains("|gcm:").doesNotContain("secret-token-at-rest")
                    .doesNotContain(java.util.Base64.getEncoder().encodeToString("secret-token-at-rest".getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)));
        }
        assertThat(encrypted.tokenStore().get(A).orElseThrow().token().value().reveal())
                .isEqualTo("secret-token-at-rest");
        assertThat(other.tokenStore().get(A)).isEmpty();
        assertThat(other.failures()).isPositive();
    }

    @Test
    void withAnEncryptionKey_aValueTamperedWithInRedis_isAMiss_neverATokenForTheFleet() {
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        SnapRedis store = connected(SnapRedis.builder(redis.uri()).encryptionKey(Secret.of(key)));
        Instant now = CLOCK.instant();
        store.tokenStore().put(A, new AccessToken(Secret.of("old-token"), "Bearer", now, now.plusSeconds(900)),
                Duration.ofSeconds(840));
        try (RedisClient client = RedisClient.create(redis.uri().toString());
                StatefulRedisConnection<String, String> raw = client.connect()) {
            String old = raw.sync().get("snapgate:token:MERCHANT_A");
            String[] parts = old.split("\\|", 8);
            String zeroedHash = "0".repeat(64) + old.substring(64);
            String longerLife = old.replace("|" + parts[5] + "|", "|" + (Long.parseLong(parts[5]) + 86_400_000L)
                    + "|");

            // an old ciphertext set back with a zeroed hash and a 24 h TTL
            raw.sync().set("snapgate:token:MERCHANT_A", zeroedHash, io.lettuce.core.SetArgs.Builder.px(86_400_000L));
            assertThat(store.tokenStore().get(A)).isEmpty();
            // the genuine value, its TTL stretched past the authenticated sharing time
            raw.sync().set("snapgate:token:MERCHANT_A", old, io.lettuce.core.SetArgs.Builder.px(86_400_000L));
            assertThat(store.tokenStore().get(A)).isEmpty();
            // an authenticated field changed (the expiry moved a day on)
            raw.sync().set("snapgate:token:MERCHANT_A", longerLife, io.lettuce.core.SetArgs.Builder.px(60_000));
            assertThat(store.tokenStore().get(A)).isEmpty();
            // the genuine value once its authenticated expiry has passed (an instance whose clock is 16 min on)
            raw.sync().set("snapgate:token:MERCHANT_A", old, io.lettuce.core.SetArgs.Builder.px(60_000));
            SnapRedis later = connected(SnapRedis.builder(redis.uri()).encryptionKey(Secret.of(key))
                    .clock(Clock.offset(CLOCK, Duration.ofMinutes(16))));
            assertThat(later.tokenStore().get(A)).isEmpty();
            // the genuine value as written is read back; a fresh put overwrites whatever was there
            assertThat(store.tokenStore().get(A)).hasValueSatisfying(t -> assertThat(t.token().value().reveal())
                    .isEqualTo("old-token"));
            raw.sync().set("snapgate:token:MERCHANT_A", zeroedHash, io.lettuce.core.SetArgs.Builder.px(86_400_000L));
            store.tokenStore().put(A, new AccessToken(Secret.of("new-token"), "Bearer", now, now.plusSeconds(900)),
                    Duration.ofSeconds(840));
            assertThat(store.tokenStore().get(A).orElseThrow().token().value().reveal()).isEqualTo("new-token");
        }
    }

    @Test
    void badConfiguration_isRefusedWithAClearMessage() {
        assertThatThrownBy(() -> SnapRedis.builder(URI.create("http://127.0.0.1:6379")).connect())
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("redis://");
        assertThatThrownBy(() -> SnapRedis.builder(redis.uri()).encryptionKey(Secret.of("c2hvcnQ=")).connect())
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("16, 24 or 32 bytes")
                .hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> SnapRedis.builder(redis.uri()).encryptionKey(Secret.of("%%%")).connect())
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("not Base64");
    }

    /** The exactly-once contract, on one real redis-server shared by two connections (two instances). */
    @org.junit.jupiter.api.Nested
    class IdempotencyOnRedis extends dev.snapgate.domain.replay.IdempotencyStoreContract {
        @Override
        protected List<dev.snapgate.domain.replay.IdempotencyStore> twoInstances() {
            return List.of(connected(SnapRedis.builder(redis.uri())).idempotencyStore(),
                    connected(SnapRedis.builder(redis.uri())).idempotencyStore());
        }
    }

    @Test
    void theIdempotencyStore_refusesToAnswerWhileRedisIsDown_soTheInboundCoreAnswers500() throws Exception {
        try (LocalRedis own = LocalRedis.start()) {
            dev.snapgate.domain.replay.IdempotencyStore store = connected(SnapRedis.builder(own.uri()))
                    .idempotencyStore();
            assertThat(store.claim("k", CLOCK.instant().plusSeconds(60)))
                    .isInstanceOf(dev.snapgate.domain.replay.IdempotencyStore.Claim.Claimed.class);
            own.kill();
            assertThatThrownBy(() -> store.claim("k2", CLOCK.instant().plusSeconds(60)))
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void aReplaySentToAnotherInstance_isRecognised() {
        SnapRedis one = connected(SnapRedis.builder(redis.uri()));
        SnapRedis two = connected(SnapRedis.builder(redis.uri()));
        ReplayStore first = one.replayStore();
        ReplayStore second = two.replayStore();
        Instant until = CLOCK.instant().plusSeconds(300);

        assertThat(first.firstUse("notification:abc", until)).isTrue();
        assertThat(second.firstUse("notification:abc", until)).isFalse();
        assertThat(second.firstUse("notification:other", until)).isTrue();
    }

    @Test
    void withAuth_theRightPasswordWorks_andAWrongOneFallsBackLocally() throws Exception {
        try (LocalRedis locked = LocalRedis.start("s3cret-redis-pass")) {
            CachingTokenIssuer authorised = instance(TokenCacheSettings.DEFAULTS, SnapRedis.builder(locked.uri()));
            URI wrong = URI.create("redis://:wrong-pass@127.0.0.1:" + locked.port() + "/0");
            SnapRedis refusedConnection = SnapRedis.builder(wrong).connect(); // AUTH fails: it never connects
            connections.add(refusedConnection);
            CachingTokenIssuer refused = new CachingTokenIssuer(upstream, CLOCK, TokenCacheSettings.DEFAULTS,
                    refusedConnection.tokenStore());

            assertThat(authorised.issue(A).value().reveal()).startsWith("MERCHANT_A-");
            assertThat(authorised.storeFailures()).isZero();
            assertThat(refused.issue(A).value().reveal()).startsWith("MERCHANT_A-"); // a call never fails
            assertThat(refused.storeFailures()).isPositive();
        }
    }
}
