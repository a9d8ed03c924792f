package dev.snapgate.emulator;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.SignatureVerifier;
import dev.snapgate.signing.HmacSha512Signer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The emulator's server-side state: registered clients, issued tokens, external IDs seen per partner per day. */
final class EmulatorState {

    record Client(ClientKey key, SignatureVerifier publicKey, Optional<HmacSha512Signer> secret) {
    }

    static final class IssuedToken {
        final ClientKey client;
        volatile Instant expiresAt;
        volatile boolean revoked;

        IssuedToken(ClientKey client, Instant expiresAt) {
            this.client = client;
            this.expiresAt = expiresAt;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<ClientKey, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();
    /** Used external IDs by Jakarta day: a day's set is dropped once the day is over (NICEPAY's uniqueness window). */
    private final Map<LocalDate, Set<String>> externalIds = new ConcurrentHashMap<>();
    private final java.util.Deque<String> notes = new java.util.concurrent.ConcurrentLinkedDeque<>();
    final Clock clock;
    final Duration skew;
    final Duration tokenLifetime;

    EmulatorState(Clock clock, Duration skew, Duration tokenLifetime) {
        this.clock = clock;
        this.skew = skew;
        this.tokenLifetime = tokenLifetime;
    }

    void register(ClientKey key, SignatureVerifier publicKey, Secret clientSecret) {
        clients.put(key, new Client(key, publicKey, Optional.ofNullable(clientSecret).map(HmacSha512Signer::new)));
    }

    Client client(String key) {
        try {
            return clients.get(ClientKey.of(key));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Issues an opaque token: 48 random bytes, Base64url, unrelated to any client data. */
    String issue(ClientKey client) {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(index(token), new IssuedToken(client, clock.instant().plus(tokenLifetime)));
        return token;
    }

    void seed(ClientKey client, String token) {
        tokens.put(index(token), new IssuedToken(client, clock.instant().plus(tokenLifetime)));
    }

    /**
     * The live token with this value, or null (unknown, expired or revoked). Tokens are indexed by their SHA-256, so
     * the lookup's timing depends on a hash of the candidate, never on how much of a real token it matches.
     */
    IssuedToken liveToken(String value) {
        IssuedToken token = value == null ? null : tokens.get(index(value));
        if (token == null || token.revoked || !clock.instant().isBefore(token.expiresAt)) {
            return null;
        }
        return token;
    }

    /** Records an external ID for the partner and Jakarta day; false when it was seen already. */
    boolean firstUse(ClientKey partner, String externalId) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), dev.snapgate.domain.SnapTimestamp.JAKARTA);
        if (!externalIds.containsKey(day)) {
            externalIds.keySet().removeIf(d -> d.isBefore(day.minusDays(1))); // yesterday's stay for the skew
        }
        return externalIds.computeIfAbsent(day, d -> ConcurrentHashMap.newKeySet()).add(partner.value() + "|"
                + externalId);
    }

    /** External IDs remembered now, over every day kept (for tests). */
    int rememberedExternalIds() {
        return externalIds.values().stream().mapToInt(Set::size).sum();
    }

    /** Records a conformance note (at most the last 1,000 are kept). */
    void note(String text) {
        notes.addLast(clock.instant() + " " + text);
        while (notes.size() > 1000) {
            notes.pollFirst();
        }
    }

    java.util.List<String> notes() {
        return java.util.List.copyOf(notes);
    }

    private static String index(String token) {
        return dev.snapgate.domain.internal.BodyDigest.sha256Hex(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void revokeAll() {
        tokens.values().forEach(t -> t.revoked = true);
    }

    void expireAll() {
        Instant past = clock.instant().minusSeconds(1);
        tokens.values().forEach(t -> t.expiresAt = past);
    }

    int issuedCount() {
        return tokens.size();
    }
}
