package dev.snapgate.inbound;

import static dev.snapgate.api.schema.Fields.*;

import static dev.snapgate.inbound.Checks.str;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.snapgate.domain.Amount;
import dev.snapgate.domain.internal.BodyDigest;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.inbound.Confirmation;
import dev.snapgate.domain.inbound.InboundNotification;
import dev.snapgate.domain.inbound.NotificationConfirmer;
import dev.snapgate.domain.inbound.NotificationReceiver;
import dev.snapgate.domain.notification.NotificationVerification;
import dev.snapgate.domain.notification.NotificationVerifier;
import dev.snapgate.domain.replay.IdempotencyStore;
import dev.snapgate.domain.replay.IdempotencyStore.Claim;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NICEPAY's notifications (VA 25, QRIS 52, e-wallet 56, payout 00): the signed headers, a typed body per kind, then
 * the platform's {@link NotificationReceiver} exactly once per distinct notification. A notification is told apart
 * by its body (canonical JSON): NICEPAY signs only {@code X-CLIENT-KEY|X-TIMESTAMP}, so two notifications of one
 * second share their headers, and a redelivery of one already received is answered with the original success.
 */
final class NotificationEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationEndpoint.class);
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final NotificationVerifier verifier;
    private final boolean keySharedWithTokens;
    private final ClientKey clientKey;
    private final NotificationReceiver receiver;
    private final NotificationConfirmer confirmer;
    private final IdempotencyStore store;
    private final Once once;
    private final Clock clock;
    private final Duration window;
    private final Duration retention;

    NotificationEndpoint(NotificationVerifier verifier, boolean keySharedWithTokens, ClientKey clientKey,
            NotificationReceiver receiver, NotificationConfirmer confirmer, IdempotencyStore store, Once once,
            Clock clock, Duration window, Duration retention) {
        this.verifier = verifier;
        this.keySharedWithTokens = keySharedWithTokens;
        this.clientKey = clientKey;
        this.receiver = receiver;
        this.confirmer = confirmer;
        this.store = store;
        this.once = once;
        this.clock = clock;
        this.window = window;
        this.retention = retention;
    }

    Reply handle(InboundRequest request, Endpoint endpoint) {
        Optional<Map<String, Object>> parsed = InboundJson.object(request.bodyBytes());
        if (parsed.isEmpty()) {
            return Reply.snap(400, endpoint.serviceCode, 0, "Bad Request. Body must be a JSON object");
        }
        Map<String, Object> body = parsed.get();
        Endpoint kind = endpoint == Endpoint.NOTIFY_ALIAS ? kindOf(body) : endpoint;
        int sc = kind.serviceCode;
        String ck = request.header("X-CLIENT-KEY").orElse(null);
        String tsText = request.header("X-TIMESTAMP").orElse(null);
        String sigText = request.header("X-SIGNATURE").orElse(null);
        NotificationVerification verdict = verifier.verify(ck, tsText, sigText);
        Reply refused = switch (verdict.outcome()) {
            case VALID -> null;
            case MISSING_HEADER -> Reply.snap(400, sc, 2, "Invalid Mandatory Field [X-CLIENT-KEY, X-TIMESTAMP,"
                    + " X-SIGNATURE]");
            case MALFORMED_TIMESTAMP -> Reply.snap(400, sc, 1, "Invalid Field Format [X-TIMESTAMP]");
            case MALFORMED_CLIENT_KEY -> Reply.snap(400, sc, 1, "Invalid Field Format [X-CLIENT-KEY]");
            case MALFORMED_SIGNATURE, BAD_SIGNATURE -> Reply.snap(401, sc, 0, "Unauthorized. [Signature]");
            case REPLAYED -> Reply.snap(409, sc, 0, "Conflict. Notification already received");
            case REPLAY_CHECK_FAILED -> Reply.retryLater(sc);
            case UNEXPECTED_CLIENT_KEY -> Reply.snap(401, sc, 0, "Unauthorized. [Unknown client]");
            case OUTSIDE_WINDOW -> Reply.snap(401, sc, 0, "Unauthorized. [X-TIMESTAMP outside the allowed window]");
        };
        if (refused != null) {
            return refused;
        }
        Typed typed = typed(kind, body);
        if (typed.missing() != null) {
            return Reply.snap(400, sc, 2, "Invalid Mandatory Field [" + typed.missing() + "]");
        }
        if (receiver == null) {
            return Reply.snap(404, sc, 0, "Not Found. This server takes no notifications");
        }
        if (keySharedWithTokens) {
            // one key signs token requests and notifications: a header tuple that obtained a token is no notification
            SnapTimestamp ts = SnapTimestamp.parse(tsText.strip());
            Signature sig = Signature.parse(sigText.strip());
            try {
                Optional<String> seen = store.putIfAbsent(Checks.rsaHeaderKey(clientKey, ts, sig), "notification",
                        ts.instant().plus(window));
                if (seen.isPresent() && !seen.get().equals("notification")) {
                    // these headers obtained a token: never a notification. NICEPAY itself re-signs a retry later,
                    // with another timestamp, so a genuine notification of that second is only delayed
                    LOG.warn("inbound notification: its signed headers were used for a token request; not received,"
                            + " answered 500{}00", String.format("%02d", sc));
                    return Reply.retryLater(sc);
                }
            } catch (RuntimeException storeDown) {
                LOG.warn("inbound notification: the idempotency store could not be asked ({}); answered 500{}00",
                        storeDown.getClass().getSimpleName(), String.format("%02d", sc));
                return Reply.retryLater(sc);
            }
        }
        Once.Key key = new Once.Key(eventKey(kind, body), clock.instant().plus(retention));
        return once.run(sc, List.of(key), () -> receive(typed.notification(), sc), claim -> {
            if (claim instanceof Claim.Done done) {
                return Reply.restore(done.answer()).orElseGet(() -> Reply.snap(200, sc, 0, "Successful"));
            }
            return Reply.retryLater(sc);
        });
    }

    private Reply receive(InboundNotification notification, int sc) {
        Confirmation confirmation = Confirmation.NOT_CHECKED;
        if (confirmer != null) {
            try {
                confirmation = confirmer.confirm(notification);
            } catch (RuntimeException e) {
                confirmation = Confirmation.UNAVAILABLE;
            }
            if (confirmation != Confirmation.CONFIRMED) {
                LOG.warn("inbound notification: NICEPAY's status inquiry gave {}; not received, answered 500{}00 so"
                        + " NICEPAY sends it again", confirmation, String.format("%02d", sc));
                return Reply.retryLater(sc);
            }
        }
        try {
            receiver.receive(notification, confirmation);
        } catch (RuntimeException platform) {
            LOG.warn("inbound notification: the platform's receiver failed ({}); answered 500{}00 so NICEPAY retries",
                    platform.getClass().getSimpleName(), String.format("%02d", sc));
            return Reply.retryLater(sc);
        }
        return Reply.snap(200, sc, 0, "Successful");
    }

    /** The notification's identity: its kind and its body as canonical JSON (keys sorted, no white space). */
    private String eventKey(Endpoint kind, Map<String, Object> body) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(body);
            return "inbound:notification:" + clientKey.value() + ":" + kind.name() + ":"
                    + BodyDigest.sha256Hex(canonical);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON body is always writable", e);
        }
    }

    /** At the {@code /notify} alias the body tells the kind. */
    private static Endpoint kindOf(Map<String, Object> body) {
        if (body.containsKey(VIRTUAL_ACCOUNT_NO)) {
            return Endpoint.VA_NOTIFICATION;
        }
        if (body.containsKey(QRIS_NOTIFICATION_EXTERNAL_STORE_ID)) {
            return Endpoint.QRIS_NOTIFICATION;
        }
        return body.containsKey(BENEFICIARY_ACCOUNT_NO) ? Endpoint.PAYOUT_NOTIFICATION
                : Endpoint.EWALLET_NOTIFICATION;
    }

    private record Typed(InboundNotification notification, String missing) {
    }

    private static Typed typed(Endpoint kind, Map<String, Object> body) {
        return switch (kind) {
            case VA_NOTIFICATION -> new Typed(new InboundNotification.VaPaid(str(body, VIRTUAL_ACCOUNT_NO),
                    str(body, TRX_ID), Amount.fromWire(body.get(PAID_AMOUNT)), body),
                    Checks.firstMissingField(body, VIRTUAL_ACCOUNT_NO, TRX_ID));
            case QRIS_NOTIFICATION -> new Typed(new InboundNotification.Qris(str(body, ORIGINAL_REFERENCE_NO),
                    str(body, ORIGINAL_PARTNER_REFERENCE_NO), Amount.fromWire(body.get(AMOUNT)),
                    str(body, LATEST_TRANSACTION_STATUS), str(body, QRIS_NOTIFICATION_EXTERNAL_STORE_ID), body),
                    Checks.firstMissingField(body, ORIGINAL_REFERENCE_NO, ORIGINAL_PARTNER_REFERENCE_NO,
                            LATEST_TRANSACTION_STATUS, QRIS_NOTIFICATION_EXTERNAL_STORE_ID, AMOUNT, ADDITIONAL_INFO));
            case PAYOUT_NOTIFICATION -> new Typed(new InboundNotification.Payout(str(body, ORIGINAL_REFERENCE_NO),
                    str(body, ORIGINAL_PARTNER_REFERENCE_NO), Amount.fromWire(body.get(AMOUNT)),
                    str(body, LATEST_TRANSACTION_STATUS), body),
                    Checks.firstMissingField(body, ORIGINAL_REFERENCE_NO, ORIGINAL_PARTNER_REFERENCE_NO,
                            LATEST_TRANSACTION_STATUS));
            default -> new Typed(new InboundNotification.Ewallet(str(body, ORIGINAL_REFERENCE_NO),
                    str(body, ORIGINAL_PARTNER_REFERENCE_NO), Amount.fromWire(body.get(AMOUNT)),
                    str(body, LATEST_TRANSACTION_STATUS), body),
                    Checks.firstMissingField(body, ORIGINAL_REFERENCE_NO, ORIGINAL_PARTNER_REFERENCE_NO,
                            LATEST_TRANSACTION_STATUS));
        };
    }
}
