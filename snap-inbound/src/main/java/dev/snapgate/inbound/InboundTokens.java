package dev.snapgate.inbound;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The B2B access tokens a merchant issues to NICEPAY: <b>stateless</b>, so any instance of a fleet that shares the
 * server key accepts a token another instance issued, and nothing needs storing. A token is
 * {@code v1.<expiry epoch seconds>.<random nonce>.<HMAC-SHA256>}, the MAC over the version, expiry, nonce and the client
 * key it was issued to, keyed with the server key. It carries no secret and no client data beyond an expiry; it
 * cannot be forged or extended without the server key, and a token made with another server key is refused.
 * Thread-safe.
 */
public final class InboundTokens {

    /** NICEPAY's convention: 15 minutes. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final int MIN_KEY_BYTES = 32;

    private final byte[] key;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param serverKey at least 32 bytes (UTF-8) of random text, shared by every instance of a fleet
     * @throws IllegalArgumentException when the key is shorter than 32 bytes (the message never shows it)
     */
    public InboundTokens(Secret serverKey, Clock clock, Duration lifetime) {
        Objects.requireNonNull(serverKey, "serverKey");
        this.key = serverKey.reveal().getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the inbound token key must be at least " + MIN_KEY_BYTES + " bytes of"
                    + " random text (" + key.length + " given); e.g. openssl rand -base64 48");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive");
        }
    }

    /** A server key of 48 random bytes, for one instance (a fleet must share one key instead). */
    public static Secret randomKey() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Secret.of(Base64.getEncoder().encodeToString(bytes));
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** A new token for {@code clientKey}, valid for {@link #lifetime()} from now. */
    public Secret issue(ClientKey clientKey) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String body = "v1." + clock.instant().plus(lifetime).getEpochSecond() + "." + B64.encodeToString(nonce);
        return Secret.of(body + "." + mac(body, clientKey));
    }

    /**
     * The token's expiry when it is authentic, was issued to {@code clientKey}, and has not expired; empty otherwise
     * (forged, altered, from another server key, for another client, expired, or not a token at all).
     */
    public Optional<Instant> verify(String token, ClientKey clientKey) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        String[] parts = token.split("\\.", -1);
        if (last < 0 || parts.length != 4 || !parts[0].equals("v1") || !parts[1].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        String body = token.substring(0, last);
        byte[] expected = mac(body, clientKey).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        Instant expiry = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        return clock.instant().isBefore(expiry) ? Optional.of(expiry) : Optional.empty();
    }

    private String mac(String body, ClientKey clientKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((body + "|" + clientKey.value()).getBytes(StandardCharsets.UTF_8));
            return B64.encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "InboundTokens[lifetime " + lifetime + "]";
    }
}
