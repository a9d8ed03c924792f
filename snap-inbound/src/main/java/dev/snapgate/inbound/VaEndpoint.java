package dev.snapgate.inbound;

import static dev.snapgate.api.schema.Fields.*;

import static dev.snapgate.inbound.Checks.str;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.internal.BodyDigest;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.SignatureVerifier;
import dev.snapgate.domain.error.SnapInvalidRequestException.Rule;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.inbound.Bill;
import dev.snapgate.domain.inbound.BillLookup;
import dev.snapgate.domain.inbound.Bills;
import dev.snapgate.domain.inbound.Booking;
import dev.snapgate.domain.inbound.VaInquiry;
import dev.snapgate.domain.inbound.VaPayment;
import dev.snapgate.domain.replay.IdempotencyStore.Claim;
import dev.snapgate.api.schema.FieldRule.Violation;
import dev.snapgate.api.schema.RequestRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NICEPAY's VA inquiry (24) and payment (25) in the inquiry-VA flow: bearer token, headers, HMAC-SHA512 with the
 * client secret, NICEPAY's field rules, then the platform's {@link Bills} — once per {@code X-EXTERNAL-ID} per
 * Jakarta day of the signed {@code X-TIMESTAMP}, and once per HMAC signature within its window.
 */
final class VaEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(VaEndpoint.class);
    /** NICEPAY documents X-EXTERNAL-ID as String(40), "numeric"; its own clients send letters too. */
    static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9]{1,40}");
    private static final Pattern CHANNEL_ID = Pattern.compile("[\\x21-\\x7e]{1,20}");

    private final ClientKey clientKey;
    private final SignatureVerifier clientSecret;
    private final InboundTokens tokens;
    private final Bills bills;
    private final Once once;
    private final Clock clock;
    private final Duration window;

    VaEndpoint(ClientKey clientKey, SignatureVerifier clientSecret, InboundTokens tokens, Bills bills, Once once,
            Clock clock, Duration window) {
        this.clientKey = clientKey;
        this.clientSecret = clientSecret;
        this.tokens = tokens;
        this.bills = bills;
        this.once = once;
        this.clock = clock;
        this.window = window;
    }

    Reply handle(InboundRequest request, boolean payment) {
        int sc = payment ? 25 : 24;
        String auth = request.header("Authorization").orElse("");
        String bearer = auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : "";
        if (tokens.verify(bearer, clientKey).isEmpty()) {
            return Reply.snap(401, sc, 1, "Invalid Token (B2B)");
        }
        String missing = Checks.firstMissingHeader(request, "X-TIMESTAMP", "X-SIGNATURE", "X-PARTNER-ID",
                "X-EXTERNAL-ID", "CHANNEL-ID");
        if (missing != null) {
            return Reply.snap(400, sc, 2, "Invalid Mandatory Field [" + missing + "]");
        }
        Optional<SnapTimestamp> ts = Checks.timestamp(request);
        if (ts.isEmpty()) {
            return Reply.snap(400, sc, 1, "Invalid Field Format [X-TIMESTAMP]");
        }
        String externalId = request.header("X-EXTERNAL-ID").orElseThrow().strip();
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            return Reply.snap(400, sc, 1, "Invalid Field Format [X-EXTERNAL-ID]");
        }
        if (!CHANNEL_ID.matcher(request.header("CHANNEL-ID").orElseThrow().strip()).matches()) {
            return Reply.snap(400, sc, 1, "Invalid Field Format [CHANNEL-ID]");
        }
        if (!clientKey.value().equals(request.header("X-PARTNER-ID").orElseThrow().strip())) {
            return Reply.snap(401, sc, 0, "Unauthorized. [Unknown partner]");
        }
        if (!Checks.withinWindow(clock, window, ts.get())) {
            return Reply.snap(401, sc, 0, "Unauthorized. [X-TIMESTAMP outside the allowed window]");
        }
        Optional<Signature> sig = Checks.signature(request.header("X-SIGNATURE").orElseThrow());
        if (sig.isEmpty() || !hmacValid(request, bearer, ts.get(), sig.get())) {
            return Reply.snap(401, sc, 0, "Unauthorized. [Signature]");
        }
        Optional<Map<String, Object>> parsed = InboundJson.object(request.bodyBytes());
        if (parsed.isEmpty()) {
            return Reply.snap(400, sc, 0, "Bad Request. Body must be a JSON object");
        }
        Map<String, Object> body = parsed.get();
        Reply invalid = checkFields(body, sc, payment);
        if (invalid != null) {
            return invalid;
        }
        if (bills == null) {
            return Reply.snap(404, sc, 0, "Not Found. This server takes no VA inquiries or payments");
        }
        String bankCd = bankCd(body);
        // recorded only after the signature verified, so a forger cannot use up the merchant's IDs; released when
        // the platform fails, so NICEPAY's retry is processed
        List<Once.Key> keys = List.of(
                new Once.Key(Checks.hmacKey(clientKey, sig.get()), ts.get().instant().plus(window)),
                new Once.Key(externalIdKey(externalId, ts.get()), endOfJakartaDay(ts.get())));
        return once.run(sc, keys, () -> {
            try {
                return payment ? pay(body, bankCd) : inquire(body, bankCd);
            } catch (RuntimeException platform) {
                LOG.warn("inbound {}: the platform's Bills failed ({}); answered 500{}00 so NICEPAY retries",
                        payment ? "payment" : "inquiry", platform.getClass().getSimpleName(), sc);
                return Reply.retryLater(sc);
            }
        }, claim -> {
            if (claim instanceof Claim.Done) {
                return Reply.snap(409, sc, 0, "Conflict. X-EXTERNAL-ID or signature already used");
            }
            LOG.info("inbound {}: the same request is being processed; answered 500{}00 so NICEPAY asks again",
                    payment ? "payment" : "inquiry", sc);
            return Reply.retryLater(sc);
        });
    }

    private Reply checkFields(Map<String, Object> body, int sc, boolean payment) {
        for (String mayBeEmpty : List.of(PARTNER_SERVICE_ID, CUSTOMER_NO)) {
            if (!(body.get(mayBeEmpty) instanceof String)) {
                return body.get(mayBeEmpty) == null ? Reply.snap(400, sc, 2, "Invalid Mandatory Field [" + mayBeEmpty
                        + "]") : Reply.snap(400, sc, 1, "Invalid Field Format [" + mayBeEmpty + "]");
            }
        }
        List<Violation> violations = RequestRules.inboundVaViolations(payment, body);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            String field = first.field().endsWith(".value") || first.field().endsWith(".currency")
                    ? first.field().substring(0, first.field().lastIndexOf('.')) : first.field();
            return first.rule() == Rule.MANDATORY
                    ? Reply.snap(400, sc, 2, "Invalid Mandatory Field [" + field + "]")
                    : Reply.snap(400, sc, 1, "Invalid Field Format [" + field + "]");
        }
        String bankCd = bankCd(body);
        if (bankCd.isBlank()) {
            return Reply.snap(400, sc, 2, "Invalid Mandatory Field [bankCd]");
        }
        if (bankCd.length() > 4) {
            return Reply.snap(400, sc, 1, "Invalid Field Format [bankCd]");
        }
        if (payment && Amount.fromWire(body.get(PAID_AMOUNT)).isEmpty()) {
            return Reply.snap(400, sc, 1, "Invalid Field Format [paidAmount]");
        }
        return null;
    }

    private static String bankCd(Map<String, Object> body) {
        return str(body, BANK_CD).isEmpty() ? str(Checks.obj(body, ADDITIONAL_INFO), BANK_CD)
                : str(body, BANK_CD);
    }

    private boolean hmacValid(InboundRequest request, String bearer, SnapTimestamp ts, Signature given) {
        String digest = BodyDigest.sha256Hex(request.bodyBytes());
        // NICEPAY signs the path it calls; the merchant may mount the endpoints under a prefix, so both the full path
        // and the canonical /api/... suffix are accepted (either way the client secret is needed)
        String path = request.path();
        int api = path.indexOf("/api/v1.0/");
        for (String candidate : api > 0 ? List.of(path, path.substring(api)) : List.of(path)) {
            if (clientSecret.verify(StringToSign.forServiceCall("POST", candidate, Secret.of(bearer), digest,
                    ts.value()), given)) {
                return true;
            }
        }
        return false;
    }

    /** An external ID is unique per partner per Jakarta day: the day of the signed X-TIMESTAMP. */
    private String externalIdKey(String externalId, SnapTimestamp ts) {
        return "inbound:external-id:" + clientKey.value() + ":" + jakartaDay(ts) + ":" + externalId;
    }

    private Instant endOfJakartaDay(SnapTimestamp ts) {
        return jakartaDay(ts).plusDays(1).atStartOfDay(SnapTimestamp.JAKARTA).toInstant().plus(window);
    }

    private static LocalDate jakartaDay(SnapTimestamp ts) {
        return LocalDate.ofInstant(ts.instant(), SnapTimestamp.JAKARTA);
    }

    private Reply inquire(Map<String, Object> body, String bankCd) {
        VaInquiry inquiry = new VaInquiry(str(body, PARTNER_SERVICE_ID), str(body, CUSTOMER_NO),
                str(body, VIRTUAL_ACCOUNT_NO), str(body, INQUIRY_REQUEST_ID), bankCd, body);
        BillLookup lookup = Objects.requireNonNull(bills.find(inquiry), "Bills.find returned null");
        if (lookup.bill().isEmpty()) {
            return Reply.snap(404, 24, 19, "Invalid Bill/Virtual Account");
        }
        Reply ok = Reply.snap(200, 24, 0, "Successful");
        Map<String, Object> data = vaData(body, lookup.bill().get());
        data.put(INQUIRY_REQUEST_ID, inquiry.inquiryRequestId());
        data.put(TOTAL_AMOUNT, lookup.bill().get().totalAmount().toWire());
        data.put("inquiryStatus", "00");
        data.put(ADDITIONAL_INFO, new LinkedHashMap<>());
        ok.body.put(VIRTUAL_ACCOUNT_DATA, data);
        return ok;
    }

    private Reply pay(Map<String, Object> body, String bankCd) {
        Amount paid = Amount.fromWire(body.get(PAID_AMOUNT)).orElseThrow();
        VaPayment payment = new VaPayment(str(body, PARTNER_SERVICE_ID), str(body, CUSTOMER_NO),
                str(body, VIRTUAL_ACCOUNT_NO), str(body, PAYMENT_REQUEST_ID), paid, bankCd, body);
        Booking booking = Objects.requireNonNull(bills.book(payment), "Bills.book returned null");
        return switch (booking.outcome()) {
            case UNKNOWN_ACCOUNT -> Reply.snap(404, 25, 19, "Invalid Bill/Virtual Account");
            case ALREADY_PAID -> Reply.snap(404, 25, 13, "Paid Bill");
            case WRONG_AMOUNT -> Reply.snap(400, 25, 1, "Invalid Field Format [paidAmount]");
            case BOOKED -> {
                Reply ok = Reply.snap(200, 25, 0, "Successful");
                Map<String, Object> data = vaData(body, booking.bill().orElseThrow());
                data.put(PAYMENT_REQUEST_ID, payment.paymentRequestId());
                data.put(PAID_AMOUNT, paid.toWire());
                data.put(TOTAL_AMOUNT, booking.bill().get().totalAmount().toWire());
                data.put("paymentFlagStatus", "00");
                data.put(ADDITIONAL_INFO, new LinkedHashMap<>());
                ok.body.put(VIRTUAL_ACCOUNT_DATA, data);
                yield ok;
            }
        };
    }

    private static Map<String, Object> vaData(Map<String, Object> body, Bill bill) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(PARTNER_SERVICE_ID, str(body, PARTNER_SERVICE_ID));
        data.put(CUSTOMER_NO, str(body, CUSTOMER_NO));
        data.put(VIRTUAL_ACCOUNT_NO, str(body, VIRTUAL_ACCOUNT_NO));
        data.put(VIRTUAL_ACCOUNT_NAME, bill.virtualAccountName());
        return data;
    }
}
