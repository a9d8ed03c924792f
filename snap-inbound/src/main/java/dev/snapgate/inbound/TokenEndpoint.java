package dev.snapgate.inbound;

import static dev.snapgate.api.schema.Fields.ADDITIONAL_INFO;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.SignatureVerifier;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.replay.IdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * B2B token issuance (service 73): NICEPAY's {@code SHA256withRSA} over {@code X-CLIENT-KEY|X-TIMESTAMP} with the key
 * of its transaction calls, the client key, the window; each signed header tuple obtains one token, and never one
 * that was presented as a notification's.
 */
final class TokenEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpoint.class);
    private static final int SC = Endpoint.TOKEN.serviceCode;

    private final SignatureVerifier nicepayKey;
    private final ClientKey clientKey;
    private final InboundTokens tokens;
    private final IdempotencyStore store;
    private final Clock clock;
    private final Duration window;

    TokenEndpoint(SignatureVerifier nicepayKey, ClientKey clientKey, InboundTokens tokens, IdempotencyStore store,
            Clock clock, Duration window) {
        this.nicepayKey = nicepayKey;
        this.clientKey = clientKey;
        this.tokens = tokens;
        this.store = store;
        this.clock = clock;
        this.window = window;
    }

    Reply handle(InboundRequest request) {
        String missing = Checks.firstMissingHeader(request, "X-TIMESTAMP", "X-CLIENT-KEY", "X-SIGNATURE");
        if (missing != null) {
            return Reply.snap(400, SC, 2, "Invalid Mandatory Field [" + missing + "]");
        }
        Optional<SnapTimestamp> ts = Checks.timestamp(request);
        if (ts.isEmpty()) {
            return Reply.snap(400, SC, 1, "Invalid Field Format [X-TIMESTAMP]");
        }
        if (!clientKey.value().equals(request.header("X-CLIENT-KEY").orElseThrow().strip())) {
            return Reply.snap(401, SC, 0, "Unauthorized. [Unknown client]");
        }
        if (!Checks.withinWindow(clock, window, ts.get())) {
            return Reply.snap(401, SC, 0, "Unauthorized. [X-TIMESTAMP outside the allowed window]");
        }
        Optional<Signature> sig = Checks.signature(request.header("X-SIGNATURE").orElseThrow());
        if (sig.isEmpty() || !nicepayKey.verify(StringToSign.forTokenRequest(clientKey, ts.get()), sig.get())) {
            return Reply.snap(401, SC, 0, "Unauthorized. [Signature]");
        }
        Optional<Map<String, Object>> body = InboundJson.object(request.bodyBytes());
        if (body.isEmpty()) {
            return Reply.snap(400, SC, 0, "Bad Request. Body must be a JSON object");
        }
        Object grant = body.get().get("grantType");
        if (!(grant instanceof String g) || g.isBlank()) {
            return Reply.snap(400, SC, 2, "Invalid Mandatory Field [grantType]");
        }
        if (!g.equals("client_credentials")) {
            return Reply.snap(400, SC, 1, "Invalid Field Format [grantType]");
        }
        // a signed header tuple obtains one token, and none once it was presented as a notification's
        try {
            if (store.putIfAbsent(Checks.rsaHeaderKey(clientKey, ts.get(), sig.get()), "token",
                    ts.get().instant().plus(window)).isPresent()) {
                return Reply.snap(401, SC, 0, "Unauthorized. [Signature already used]");
            }
        } catch (RuntimeException storeDown) {
            LOG.warn("inbound token: the idempotency store could not be asked ({}); answered 5007300",
                    storeDown.getClass().getSimpleName());
            return Reply.retryLater(SC);
        }
        Reply ok = Reply.snap(200, SC, 0, "Successful");
        ok.body.put("accessToken", tokens.issue(clientKey).reveal());
        ok.body.put("tokenType", "Bearer");
        ok.body.put("expiresIn", String.valueOf(tokens.lifetime().toSeconds()));
        ok.body.put(ADDITIONAL_INFO, new LinkedHashMap<>());
        return ok;
    }
}
