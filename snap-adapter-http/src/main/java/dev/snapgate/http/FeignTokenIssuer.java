package dev.snapgate.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.error.SnapMalformedResponseException;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.TokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * SNAP-SPEC §1 over Feign: one {@code POST /nicepay/v1.0/access-token/b2b} per call, signed with a timestamp made
 * for this attempt (so a retry through {@link ResilientTokenIssuer} never replays stale headers), decoded by both the
 * HTTP status and the {@code responseCode}. Thread-safe.
 */
final class FeignTokenIssuer implements TokenIssuer {

    static final String OPERATION = "access token request";

    private static final byte[] BODY;

    static {
        try {
            BODY = SnapJson.MAPPER.writeValueAsBytes(new TokenRequestJson("client_credentials", Map.of()));
        } catch (JsonProcessingException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final FeignExchange transport;
    private final Merchants merchants;
    private final Clock clock;

    FeignTokenIssuer(FeignExchange transport, Merchants merchants, Clock clock) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.merchants = Objects.requireNonNull(merchants, "merchants");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A token issuer for {@code merchants} at the upstream in {@code settings}, without retries. */
    static FeignTokenIssuer create(HttpSettings settings, Merchants merchants, Clock clock) {
        return new FeignTokenIssuer(new FeignExchange(settings), merchants, clock);
    }

    @Override
    public AccessToken issue(ClientKey clientKey) {
        Merchant merchant = merchants.require(clientKey);
        // the lifetime counts from when the request left, not from when the answer arrived: the server started it
        // no earlier, so a slow or starved answer can never make snapgate believe a token lives longer than it does
        Instant sentAt = clock.instant();
        SnapTimestamp timestamp = SnapTimestamp.now(clock);
        Signature signature = merchant.tokenSigner().sign(StringToSign.forTokenRequest(clientKey, timestamp));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-TIMESTAMP", timestamp.value());
        headers.put("X-CLIENT-KEY", clientKey.value());
        headers.put("X-SIGNATURE", signature.value());
        UpstreamAnswer reply = transport.postToken(headers, BODY, OPERATION);
        return decode(reply, sentAt);
    }

    static AccessToken decode(UpstreamAnswer reply, Instant now) {
        if (reply.isSuccess()) {
            return token(reply, now);
        }
        throw SnapErrors.fromAnswer(reply, OPERATION);
    }

    private static AccessToken token(UpstreamAnswer reply, Instant now) {
        TokenResponseJson json;
        try {
            json = SnapJson.MAPPER.convertValue(reply.json(), TokenResponseJson.class);
        } catch (IllegalArgumentException e) {
            throw malformed(reply, "its fields have the wrong types");
        }
        if (json.accessToken() == null || json.accessToken().reveal().isBlank()) {
            throw malformed(reply, "accessToken is missing");
        }
        if (json.accessToken().length() > AccessToken.MAX_LENGTH) {
            throw malformed(reply, "accessToken is " + json.accessToken().length() + " characters, more than SNAP's "
                    + AccessToken.MAX_LENGTH);
        }
        if (!wellFormed(json.accessToken())) {
            throw malformed(reply, "accessToken contains whitespace, control or non-ASCII characters; it cannot be"
                    + " sent in an Authorization header (the token itself is not shown)");
        }
        if (json.tokenType() == null || !json.tokenType().equalsIgnoreCase("Bearer")) {
            throw malformed(reply, "tokenType is " + (json.tokenType() == null ? "missing" : "'"
                    + abbreviate(json.tokenType()) + "'") + ", expected Bearer");
        }
        Duration lifetime = expiresIn(json.expiresIn(), reply);
        return new AccessToken(json.accessToken(), "Bearer", now, now.plus(lifetime));
    }

    /** Visible ASCII only (RFC 6750 allows less; SNAP servers send JWTs or opaque visible strings). */
    private static boolean wellFormed(dev.snapgate.domain.Secret token) {
        String value = token.reveal();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static Duration expiresIn(JsonNode node, UpstreamAnswer reply) {
        if (node == null || node.isNull()) {
            throw malformed(reply, "expiresIn is missing");
        }
        long seconds;
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            seconds = node.asLong();
        } else if (node.isTextual() && node.asText().strip().matches("\\d{1,9}")) {
            seconds = Long.parseLong(node.asText().strip());
        } else {
            throw malformed(reply, "expiresIn is " + (node.isTextual() ? "'" + abbreviate(node.asText()) + "'"
                    : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))
                    + ", expected a positive number of seconds such as \"900\"");
        }
        if (seconds <= 0 || seconds > 366L * 24 * 3600) {
            throw malformed(reply, "expiresIn is " + seconds + ", expected a positive number of seconds such as"
                    + " \"900\"");
        }
        return Duration.ofSeconds(seconds);
    }

    private static SnapMalformedResponseException malformed(UpstreamAnswer reply, String problem) {
        return new SnapMalformedResponseException(OPERATION + " failed: the upstream answered "
                + reply.responseCode() + " but " + problem + "; the token cannot be used", reply.responseCode(), null);
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 20 ? clean.substring(0, 20) + "..." : clean;
    }

    @Override
    public String toString() {
        return "FeignTokenIssuer[" + transport.settings().baseUrl() + "]";
    }
}
