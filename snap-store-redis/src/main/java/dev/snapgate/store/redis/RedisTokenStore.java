package dev.snapgate.store.redis;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.internal.BodyDigest;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.token.TokenStore;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link TokenStore} on Redis. Keys carry the client key only ({@code snapgate:token:IONPAYTEST},
 * {@code snapgate:lease:IONPAYTEST}), never a secret. A token is stored with {@code SET ... PX} up to its refresh
 * point, so Redis's clock decides when it stops being shared; readers rebuild its times from the remaining TTL, never
 * from another instance's clock. The lease is {@code SET NX PX} with an owner value, released and tokens invalidated
 * by compare-and-delete scripts. Values:
 * {@code sha256(token)|v2|type|marginMillis|lifetimeMillis|expiresAtMillis|sharedForMillis|payload}, where the payload
 * is the token in Base64 or, with an encryption key, {@code gcm:} + Base64(IV ‖ AES-GCM ciphertext) whose associated
 * data is the client key and every other field. With a key, a value read back must authenticate, its hash must be
 * the token's, its TTL may not exceed the authenticated sharing time and its authenticated expiry must lie ahead:
 * anything else (an old ciphertext set back, a zeroed hash, a stretched TTL) is a miss, refreshed and overwritten.
 * Without a key, Redis is trusted as it is (whoever can write it can make the fleet use any token). Thread-safe.
 */
final class RedisTokenStore implements TokenStore {

    private static final String COMPARE_AND_DELETE = "if redis.call('GET', KEYS[1]) == ARGV[1] then "
            + "return redis.call('DEL', KEYS[1]) else return 0 end";
    private static final String DELETE_IF_TOKEN = "local v = redis.call('GET', KEYS[1]) "
            + "if v and string.sub(v, 1, 64) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SnapRedis redis;
    private final String prefix;
    private final Clock clock;
    private final Optional<SecretKeySpec> key;

    RedisTokenStore(SnapRedis redis, String prefix, Clock clock, Optional<SecretKeySpec> key) {
        this.redis = redis;
        this.prefix = prefix;
        this.clock = clock;
        this.key = key;
    }

    static SecretKeySpec aesKey(Secret base64Key) {
        byte[] bytes = SnapRedis.base64(base64Key);
        try {
            if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
                throw new SnapConfigurationException("the token encryption key must be 16, 24 or 32 bytes (Base64),"
                        + " got " + bytes.length + "; make one with 'openssl rand -base64 32'");
            }
            return new SecretKeySpec(bytes, "AES");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private String tokenKey(ClientKey clientKey) {
        return prefix + ":token:" + clientKey.value();
    }

    private String leaseKey(ClientKey clientKey) {
        return prefix + ":lease:" + clientKey.value();
    }

    /** A stored value and its remaining time to live (by Redis's clock). */
    private record Read(String value, long ttlMillis) {
    }

    @Override
    public Optional<StoredToken> get(ClientKey clientKey) {
        String key = tokenKey(clientKey);
        Read read = redis.command("read a token", commands -> {
            String value = commands.get(key);
            return value == null ? null : new Read(value, commands.pttl(key));
        });
        if (read == null || read.ttlMillis() <= 0) {
            return Optional.empty(); // none, or it expired between the two commands
        }
        return decode(clientKey, read.value(), read.ttlMillis());
    }

    private Optional<StoredToken> decode(ClientKey clientKey, String value, long ttlMillis) {
        String[] parts = value.split("\\|", 8);
        if (parts.length != 8 || !parts[1].equals("v2")) {
            redis.failed("decode a stored token", new IllegalStateException("unknown format"));
            return Optional.empty();
        }
        long margin;
        long lifetime;
        long expiresAtMillis;
        long sharedFor;
        try {
            margin = Long.parseLong(parts[3]);
            lifetime = Long.parseLong(parts[4]);
            expiresAtMillis = Long.parseLong(parts[5]);
            sharedFor = Long.parseLong(parts[6]);
        } catch (NumberFormatException e) {
            redis.failed("decode a stored token", new IllegalStateException("malformed number"));
            return Optional.empty();
        }
        String token;
        try {
            token = parts[7].startsWith("gcm:") ? decrypt(clientKey, parts[7].substring(4), aad(clientKey, parts))
                    : key.isPresent() ? null : new String(Base64.getDecoder().decode(parts[7]), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            redis.failed("decrypt a stored token (another encryption key, or a value altered in Redis?)",
                    new IllegalStateException(e.getClass().getSimpleName()));
            return Optional.empty();
        }
        if (token == null) {
            return Optional.empty(); // stored in clear text, but this instance insists on encryption
        }
        if (key.isPresent() && (!BodyDigest.sha256Hex(token.getBytes(StandardCharsets.UTF_8)).equals(parts[0])
                || ttlMillis > sharedFor || expiresAtMillis <= clock.millis())) {
            // authenticated, but not as written now: an old value set back, or its TTL stretched in Redis
            redis.failed("check a stored token", new IllegalStateException("hash, TTL or expiry not as written"));
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plusMillis(ttlMillis + margin);
        Instant issuedAt = expiresAt.minusMillis(Math.max(lifetime, ttlMillis + margin + 1));
        return Optional.of(new StoredToken(new AccessToken(Secret.of(token), parts[2], issuedAt, expiresAt),
                Duration.ofMillis(ttlMillis)));
    }

    /** What the ciphertext is bound to: the client key and every field of the value but the payload. */
    private static byte[] aad(ClientKey clientKey, String[] parts) {
        return (clientKey.value() + "|" + String.join("|", Arrays.copyOf(parts, 7)))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void put(ClientKey clientKey, AccessToken token, Duration sharedFor) {
        long ttl = sharedFor.toMillis();
        if (ttl <= 0) {
            return;
        }
        long lifetime = token.lifetime().toMillis();
        long margin = Math.max(0, Duration.between(clock.instant(), token.expiresAt()).toMillis() - ttl);
        String[] fields = {hash(token), "v2", token.tokenType(), String.valueOf(margin), String.valueOf(lifetime),
            String.valueOf(token.expiresAt().toEpochMilli()), String.valueOf(ttl)};
        String value = String.join("|", fields) + "|" + payload(clientKey, token.value(), aad(clientKey, fields));
        redis.command("share a token", commands -> commands.set(tokenKey(clientKey), value, SetArgs.Builder.px(ttl)));
    }

    @Override
    public Optional<Lease> tryLease(ClientKey clientKey, Duration leaseTime) {
        String owner = UUID.randomUUID().toString();
        String ok;
        try {
            ok = redis.command("take the refresh lease", commands -> commands.set(leaseKey(clientKey), owner,
                    SetArgs.Builder.nx().px(leaseTime.toMillis())));
        } catch (RuntimeException e) {
            // the SET may have reached Redis with only its reply lost (a timeout): this instance would then hold the
            // lease without knowing it, and the fleet would wait out leaseTime for a refresh nobody does. Give back
            // whatever this owner may hold; sent on the same connection, Redis runs it after the SET even if its own
            // reply is lost too
            try {
                release(new Lease(clientKey, owner));
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        return "OK".equals(ok) ? Optional.of(new Lease(clientKey, owner)) : Optional.empty();
    }

    @Override
    public void release(Lease lease) {
        redis.command("release the refresh lease", commands -> commands.eval(COMPARE_AND_DELETE,
                ScriptOutputType.INTEGER, new String[] {leaseKey(lease.clientKey())}, lease.owner()));
    }

    @Override
    public void invalidate(ClientKey clientKey, AccessToken staleToken) {
        String stale = hash(staleToken);
        redis.command("invalidate a token", commands -> commands.eval(DELETE_IF_TOKEN, ScriptOutputType.INTEGER,
                new String[] {tokenKey(clientKey)}, stale));
    }

    private static String hash(AccessToken token) {
        return BodyDigest.sha256Hex(token.value().revealUtf8());
    }

    private String payload(ClientKey clientKey, Secret token, byte[] aad) {
        byte[] plain = token.revealUtf8();
        try {
            if (key.isEmpty()) {
                return Base64.getEncoder().encodeToString(plain);
            }
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.get(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return "gcm:" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private String decrypt(ClientKey clientKey, String base64, byte[] aad) throws GeneralSecurityException {
        if (key.isEmpty()) {
            throw new GeneralSecurityException("an encrypted token, and no key");
        }
        byte[] in = Base64.getDecoder().decode(base64);
        if (in.length < 12 + 16) {
            throw new GeneralSecurityException("too short");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(128, in, 0, 12));
        cipher.updateAAD(aad);
        byte[] plain = cipher.doFinal(in, 12, in.length - 12);
        try {
            return new String(plain, StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "RedisTokenStore[" + redis + "]";
    }
}
