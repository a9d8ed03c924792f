package dev.snapgate.inbound;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.BodyDigest;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.SignatureVerifier;
import dev.snapgate.domain.SnapConfigurationException;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.inbound.BillLookup;
import dev.snapgate.domain.inbound.Bills;
import dev.snapgate.domain.inbound.Booking;
import dev.snapgate.domain.inbound.InboundNotification;
import dev.snapgate.domain.inbound.NotificationReceiver;
import dev.snapgate.domain.inbound.VaInquiry;
import dev.snapgate.domain.inbound.VaPayment;
import dev.snapgate.domain.notification.NotificationVerification;
import dev.snapgate.domain.notification.NotificationVerifier;
import dev.snapgate.domain.replay.InMemoryReplayStore;
import dev.snapgate.domain.replay.ReplayStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound core: the merchant as a SNAP server for NICEPAY, independent of any web framework. One entry,
 * {@link #handle}, for:
 *
 * <ul>
 *   <li><b>B2B token issuance</b> at {@code .../api/v1.0/access-token/b2b}: NICEPAY's {@code SHA256withRSA} signature
 *       over {@code X-CLIENT-KEY|X-TIMESTAMP}, the client key the merchant expects, the timestamp format and window;
 *       answers {@code 2007300} with a stateless bearer token valid 15 minutes ({@link InboundTokens}).</li>
 *   <li><b>VA inquiry (24) and payment (25)</b> at {@code .../api/v1.0/transfer-va/inquiry} and {@code .../payment}:
 *       a valid unexpired bearer token, the HMAC-SHA512 signature (SNAP-SPEC §3) with the client secret the merchant
 *       gave NICEPAY, mandatory headers and fields, an {@code X-EXTERNAL-ID} not used before that Jakarta day (a
 *       {@link ReplayStore}), then the platform's {@link Bills}.</li>
 *   <li><b>Notifications</b> at the notification path (default {@code /notify}): NICEPAY's notification signature,
 *       client key, window and replay ({@link NotificationVerifier}), a typed body per kind, then the platform's
 *       {@link NotificationReceiver}.</li>
 * </ul>
 *
 * <p>Paths match by suffix, so a platform can mount them under any prefix. Every rejection uses the SNAP code of the
 * service it answers, and no answer ever echoes a header value, a token or a secret. Thread-safe: build one and share
 * it between requests.
 */
public final class SnapInbound {

    private static final Logger LOG = LoggerFactory.getLogger(SnapInbound.class);

    static final String TOKEN_PATH = "/api/v1.0/access-token/b2b";
    static final String INQUIRY_PATH = "/api/v1.0/transfer-va/inquiry";
    static final String PAYMENT_PATH = "/api/v1.0/transfer-va/payment";

    private final SignatureVerifier nicepayKey;
    private final ClientKey clientKey;
    private final SignatureVerifier clientSecret;
    private final InboundTokens tokens;
    private final Bills bills;
    private final NotificationReceiver receiver;
    private final NotificationVerifier notifications;
    private final ReplayStore replays;
    private final Clock clock;
    private final Duration window;
    private final String notificationPath;
    private final int maxBodyBytes;
    private final InboundListener listener;

    private SnapInbound(Builder b) {
        this.nicepayKey = b.nicepayKey;
        this.clientKey = b.clientKey;
        this.clientSecret = b.clientSecret;
        this.tokens = new InboundTokens(b.tokenKey != null ? b.tokenKey : InboundTokens.randomKey(), b.clock,
                b.tokenLifetime);
        this.bills = b.bills;
        this.receiver = b.receiver;
        this.replays = b.replays != null ? b.replays : new InMemoryReplayStore(b.clock);
        this.notifications = NotificationVerifier.builder(b.notificationKey != null ? b.notificationKey
                : b.nicepayKey).clock(b.clock).window(b.window).expectedClientKey(b.clientKey)
                .replayStore(replays).build();
        this.clock = b.clock;
        this.window = b.window;
        this.notificationPath = b.notificationPath;
        this.maxBodyBytes = b.maxBodyBytes;
        this.listener = b.listener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The path (suffix) notifications are served at. */
    public String notificationPath() {
        return notificationPath;
    }

    /** The largest body accepted; adapters read at most one byte more. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Handles one request; never throws for anything a request can contain. */
    public InboundResponse handle(InboundRequest request) {
        Objects.requireNonNull(request, "request");
        long start = System.nanoTime();
        String endpoint = endpointOf(request.path());
        Reply reply;
        try {
            reply = route(endpoint, request);
        } catch (RuntimeException bug) {
            LOG.error("inbound {} failed unexpectedly ({})", endpoint, bug.getClass().getSimpleName(), bug);
            reply = Reply.snap(500, 0, 0, "General Error");
        }
        InboundResponse response = reply.toResponse(clock);
        try {
            listener.handled(new InboundEvent(endpoint, request.method(), reply.status, reply.code(),
                    Duration.ofNanos(System.nanoTime() - start)));
        } catch (RuntimeException ignored) {
            // a listener's failure must not change what NICEPAY is told
        }
        return response;
    }

    private String endpointOf(String path) {
        if (path.endsWith(TOKEN_PATH)) {
            return "token";
        }
        if (path.endsWith(INQUIRY_PATH)) {
            return "inquiry";
        }
        if (path.endsWith(PAYMENT_PATH)) {
            return "payment";
        }
        return path.endsWith(notificationPath) ? "notification" : "unknown";
    }

    private Reply route(String endpoint, InboundRequest request) {
        int sc = switch (endpoint) {
            case "token" -> 73;
            case "inquiry" -> 24;
            case "payment" -> 25;
            default -> 0;
        };
        if (endpoint.equals("unknown")) {
            return Reply.snap(404, 0, 0, "Not Found");
        }
        if (!request.method().equals("POST")) {
            return Reply.snap(405, sc, 0, "Method Not Allowed. Use POST");
        }
        if (request.bodyLength() > maxBodyBytes) {
            return Reply.snap(413, sc, 0, "Bad Request. Body larger than " + maxBodyBytes + " bytes");
        }
        if (!isJson(request.header("Content-Type").orElse(null))) {
            return Reply.snap(400, sc, 0, "Bad Request. Content-Type must be application/json");
        }
        return switch (endpoint) {
            case "token" -> token(request);
            case "inquiry", "payment" -> vaCall(request, endpoint.equals("payment"));
            default -> notification(request);
        };
    }

    // ------------------------------------------------------------------ token

    private Reply token(InboundRequest request) {
        int sc = 73;
        String missing = firstMissing(request, "X-TIMESTAMP", "X-CLIENT-KEY", "X-SIGNATURE");
        if (missing != null) {
            return Reply.snap(400, sc, 2, "Invalid Mandatory Field [" + missing + "]");
        }
        Optional<SnapTimestamp> ts = timestamp(request);
        if (ts.isEmpty()) {
            return Reply.snap(400, sc, 1, "Invalid Field Format [X-TIMESTAMP]");
        }
        if (!clientKey.value().equals(request.header("X-CLIENT-KEY").orElseThrow().strip())) {
            return Reply.snap(401, sc, 0, "Unauthorized. [Unknown client]");
        }
        if (!withinWindow(ts.get())) {
            return Reply.snap(401, sc, 0, "Unauthorized. [X-TIMESTAMP outside the allowed window]");
        }
        if (!verifies(nicepayKey, StringToSign.forTokenRequest(clientKey, ts.get()),
                request.header("X-SIGNATURE").orElseThrow())) {
            return Reply.snap(401, sc, 0, "Unauthorized. [Signature]");
        }
        Optional<Map<String, Object>> body = InboundJson.object(request.bodyBytes());
        if (body.isEmpty()) {
            return Reply.snap(400, sc, 0, "Bad Request. Body must be a JSON object");
        }
        Object grant = body.get().get("grantType");
        if (!(grant instanceof String g) || g.isBlank()) {
            return Reply.snap(400, sc, 2, "Invalid Mandatory Field [grantType]");
        }
        if (!g.equals("client_credentials")) {
            return Reply.snap(400, sc, 1, "Invalid Field Format [grantType]");
        }
        Reply ok = Reply.snap(200, sc, 0, "Successful");
        ok.body.put("accessToken", tokens.issue(clientKey).reveal());
        ok.body.put("tokenType", "Bearer");
        ok.body.put("expiresIn", String.valueOf(tokens.lifetime().toSeconds()));
        ok.body.put("additionalInfo", new LinkedHashMap<>());
        return ok;
    }

    // ------------------------------------------------------------------ VA inquiry (24) and payment (25)

    private Reply vaCall(InboundRequest request, boolean payment) {
        int sc = payment ? 25 : 24;
        String auth = request.header("Authorization").orElse("");
        String bearer = auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : "";
        if (tokens.verify(bearer, clientKey).isEmpty()) {
            return Reply.snap(401, sc, 1, "Invalid Token (B2B)");
        }
        String missing = firstMissing(request, "X-TIMESTAMP", "X-SIGNATURE", "X-PARTNER-ID", "X-EXTERNAL-ID",
                "CHANNEL-ID");
        if (missing != null) {
            return Reply.snap(400, sc, 2, "Invalid Mandatory Field [" + missing + "]");
        }
        Optional<SnapTimestamp> ts = timestamp(request);
        if (ts.isEmpty()) {
            return Reply.snap(400, sc, 1, "Invalid Field Format [X-TIMESTAMP]");
        }
        String externalId = request.header("X-EXTERNAL-ID").orElseThrow().strip();
        if (!externalId.matches("\\d{1,36}")) {
            return Reply.snap(400, sc, 1, "Invalid Field Format [X-EXTERNAL-ID]");
        }
        if (!request.header("CHANNEL-ID").orElseThrow().strip().matches("[\\x21-\\x7e]{1,20}")) {
            return Reply.snap(400, sc, 1, "Invalid Field Format [CHANNEL-ID]");
        }
        if (!clientKey.value().equals(request.header("X-PARTNER-ID").orElseThrow().strip())) {
            return Reply.snap(401, sc, 0, "Unauthorized. [Unknown partner]");
        }
        if (!withinWindow(ts.get())) {
            return Reply.snap(401, sc, 0, "Unauthorized. [X-TIMESTAMP outside the allowed window]");
        }
        if (!hmacValid(request, bearer, ts.get())) {
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
        // recorded only after the signature verified, so a forger cannot use up the merchant's IDs
        try {
            if (!replays.firstUse(externalIdKey(externalId), endOfJakartaDay())) {
                return Reply.snap(409, sc, 0, "Conflict. X-EXTERNAL-ID already used today");
            }
        } catch (RuntimeException storeDown) {
            LOG.warn("inbound {}: the replay store could not be asked ({}); answering 500 so NICEPAY retries",
                    payment ? "payment" : "inquiry", storeDown.getClass().getSimpleName());
            return Reply.snap(500, sc, 0, "General Error");
        }
        if (bills == null) {
            return Reply.snap(404, sc, 0, "Not Found. This server takes no VA inquiries or payments");
        }
        Map<String, Object> info = obj(body, "additionalInfo");
        String bankCd = str(body, "bankCd").isEmpty() ? str(info, "bankCd") : str(body, "bankCd");
        try {
            return payment ? pay(body, bankCd) : inquire(body, bankCd);
        } catch (RuntimeException platform) {
            LOG.warn("inbound {}: the platform's Bills failed ({}); answered 500{}XX00", payment ? "payment"
                    : "inquiry", platform.getClass().getSimpleName(), sc);
            return Reply.snap(500, sc, 0, "General Error");
        }
    }

    private Reply inquire(Map<String, Object> body, String bankCd) {
        VaInquiry inquiry = new VaInquiry(str(body, "partnerServiceId"), str(body, "customerNo"),
                str(body, "virtualAccountNo"), str(body, "inquiryRequestId"), bankCd, body);
        BillLookup lookup = Objects.requireNonNull(bills.find(inquiry), "Bills.find returned null");
        if (lookup.bill().isEmpty()) {
            return Reply.snap(404, 24, 19, "Invalid Bill/Virtual Account");
        }
        Reply ok = Reply.snap(200, 24, 0, "Successful");
        Map<String, Object> data = vaData(body, lookup.bill().get());
        data.put("inquiryRequestId", inquiry.inquiryRequestId());
        data.put("totalAmount", lookup.bill().get().totalAmount().toWire());
        data.put("inquiryStatus", "00");
        data.put("additionalInfo", new LinkedHashMap<>());
        ok.body.put("virtualAccountData", data);
        return ok;
    }

    private Reply pay(Map<String, Object> body, String bankCd) {
        Amount paid = Amount.fromWire(body.get("paidAmount")).orElseThrow();
        VaPayment payment = new VaPayment(str(body, "partnerServiceId"), str(body, "customerNo"),
                str(body, "virtualAccountNo"), str(body, "paymentRequestId"), paid, bankCd, body);
        Booking booking = Objects.requireNonNull(bills.book(payment), "Bills.book returned null");
        return switch (booking.outcome()) {
            case UNKNOWN_ACCOUNT -> Reply.snap(404, 25, 19, "Invalid Bill/Virtual Account");
            case ALREADY_PAID -> Reply.snap(404, 25, 13, "Paid Bill");
            case WRONG_AMOUNT -> Reply.snap(400, 25, 1, "Invalid Field Format [paidAmount]");
            case BOOKED -> {
                Reply ok = Reply.snap(200, 25, 0, "Successful");
                Map<String, Object> data = vaData(body, booking.bill().orElseThrow());
                data.put("paymentRequestId", payment.paymentRequestId());
                data.put("paidAmount", paid.toWire());
                data.put("totalAmount", booking.bill().get().totalAmount().toWire());
                data.put("paymentFlagStatus", "00");
                data.put("additionalInfo", new LinkedHashMap<>());
                ok.body.put("virtualAccountData", data);
                yield ok;
            }
        };
    }

    private static Map<String, Object> vaData(Map<String, Object> body, dev.snapgate.domain.inbound.Bill bill) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("partnerServiceId", str(body, "partnerServiceId"));
        data.put("customerNo", str(body, "customerNo"));
        data.put("virtualAccountNo", str(body, "virtualAccountNo"));
        data.put("virtualAccountName", bill.virtualAccountName());
        return data;
    }

    private static Reply checkFields(Map<String, Object> body, int sc, boolean payment) {
        List<String> mandatory = payment
                ? List.of("partnerServiceId", "customerNo", "virtualAccountNo", "paymentRequestId")
                : List.of("partnerServiceId", "customerNo", "virtualAccountNo", "inquiryRequestId");
        for (String field : mandatory) {
            Object v = body.get(field);
            if (!(v instanceof String s) || (s.isBlank() && !field.equals("partnerServiceId")
                    && !field.equals("customerNo"))) {
                return v == null || v instanceof String ? Reply.snap(400, sc, 2, "Invalid Mandatory Field [" + field
                        + "]") : Reply.snap(400, sc, 1, "Invalid Field Format [" + field + "]");
            }
        }
        if (str(body, "inquiryRequestId").length() > 40 || str(body, "paymentRequestId").length() > 40
                || str(body, "virtualAccountNo").length() > 28) {
            return Reply.snap(400, sc, 1, "Invalid Field Format [" + (str(body, "virtualAccountNo").length() > 28
                    ? "virtualAccountNo" : payment ? "paymentRequestId" : "inquiryRequestId") + "]");
        }
        if (!(body.get("additionalInfo") instanceof Map)) {
            return Reply.snap(400, sc, body.get("additionalInfo") == null ? 2 : 1,
                    (body.get("additionalInfo") == null ? "Invalid Mandatory Field" : "Invalid Field Format")
                            + " [additionalInfo]");
        }
        String bankCd = str(body, "bankCd").isEmpty() ? str(obj(body, "additionalInfo"), "bankCd")
                : str(body, "bankCd");
        if (bankCd.isBlank()) {
            return Reply.snap(400, sc, 2, "Invalid Mandatory Field [bankCd]");
        }
        if (bankCd.length() > 4) {
            return Reply.snap(400, sc, 1, "Invalid Field Format [bankCd]");
        }
        if (payment) {
            if (body.get("paidAmount") == null) {
                return Reply.snap(400, sc, 2, "Invalid Mandatory Field [paidAmount]");
            }
            if (!(body.get("paidAmount") instanceof Map<?, ?> m) || !(m.get("value") instanceof String v)
                    || !Amount.WIRE_VALUE.matcher(v).matches() || Amount.fromWire(m).isEmpty()) {
                return Reply.snap(400, sc, 1, "Invalid Field Format [paidAmount]");
            }
        }
        return null;
    }

    private boolean hmacValid(InboundRequest request, String bearer, SnapTimestamp ts) {
        String given = request.header("X-SIGNATURE").orElseThrow();
        String digest = BodyDigest.sha256Hex(request.bodyBytes());
        // NICEPAY signs the path it calls; the merchant may mount the endpoints under a prefix, so both the full path
        // and the canonical /api/... suffix are accepted (either way the client secret is needed)
        String path = request.path();
        int api = path.indexOf("/api/v1.0/");
        for (String candidate : api > 0 ? List.of(path, path.substring(api)) : List.of(path)) {
            if (verifies(clientSecret, StringToSign.forServiceCall("POST", candidate, Secret.of(bearer), digest,
                    ts.value()), given)) {
                return true;
            }
        }
        return false;
    }

    /** An external ID is unique per partner per Jakarta day (today's, by this server's clock). */
    private String externalIdKey(String externalId) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), SnapTimestamp.JAKARTA);
        return "inbound-external-id:" + clientKey.value() + ":" + day + ":" + externalId;
    }

    private Instant endOfJakartaDay() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), SnapTimestamp.JAKARTA);
        return day.plusDays(1).atStartOfDay(SnapTimestamp.JAKARTA).toInstant().plus(window);
    }

    // ------------------------------------------------------------------ notifications

    private Reply notification(InboundRequest request) {
        Optional<Map<String, Object>> parsed = InboundJson.object(request.bodyBytes());
        if (parsed.isEmpty()) {
            return Reply.snap(400, 0, 0, "Bad Request. Body must be a JSON object");
        }
        Map<String, Object> body = parsed.get();
        int sc = body.containsKey("virtualAccountNo") ? 25 : body.containsKey("externalStoreID") ? 52 : 56;
        NotificationVerification verdict = notifications.verify(request.header("X-CLIENT-KEY").orElse(null),
                request.header("X-TIMESTAMP").orElse(null), request.header("X-SIGNATURE").orElse(null));
        Reply refused = switch (verdict.outcome()) {
            case VALID -> null;
            case MISSING_HEADER -> Reply.snap(400, sc, 2, "Invalid Mandatory Field [X-CLIENT-KEY, X-TIMESTAMP,"
                    + " X-SIGNATURE]");
            case MALFORMED_TIMESTAMP -> Reply.snap(400, sc, 1, "Invalid Field Format [X-TIMESTAMP]");
            case MALFORMED_CLIENT_KEY -> Reply.snap(400, sc, 1, "Invalid Field Format [X-CLIENT-KEY]");
            case MALFORMED_SIGNATURE -> Reply.snap(401, sc, 0, "Unauthorized. [Signature]");
            case REPLAYED -> Reply.snap(409, sc, 0, "Conflict. Notification already received");
            case REPLAY_CHECK_FAILED -> Reply.snap(500, sc, 0, "General Error");
            case UNEXPECTED_CLIENT_KEY -> Reply.snap(401, sc, 0, "Unauthorized. [Unknown client]");
            case OUTSIDE_WINDOW -> Reply.snap(401, sc, 0, "Unauthorized. [X-TIMESTAMP outside the allowed window]");
            case BAD_SIGNATURE -> Reply.snap(401, sc, 0, "Unauthorized. [Signature]");
        };
        if (refused != null) {
            return refused;
        }
        InboundNotification typed;
        String missing;
        if (sc == 25) {
            missing = firstMissingField(body, "virtualAccountNo", "trxId");
            typed = new InboundNotification.VaPaid(str(body, "virtualAccountNo"), str(body, "trxId"),
                    Amount.fromWire(body.get("paidAmount")), body);
        } else if (sc == 52) {
            missing = firstMissingField(body, "originalReferenceNo", "originalPartnerReferenceNo",
                    "latestTransactionStatus", "externalStoreID", "amount", "additionalInfo");
            typed = new InboundNotification.Qris(str(body, "originalReferenceNo"),
                    str(body, "originalPartnerReferenceNo"), Amount.fromWire(body.get("amount")),
                    str(body, "latestTransactionStatus"), str(body, "externalStoreID"), body);
        } else {
            missing = firstMissingField(body, "originalReferenceNo", "originalPartnerReferenceNo",
                    "latestTransactionStatus");
            typed = new InboundNotification.Ewallet(str(body, "originalReferenceNo"),
                    str(body, "originalPartnerReferenceNo"), Amount.fromWire(body.get("amount")),
                    str(body, "latestTransactionStatus"), body);
        }
        if (missing != null) {
            return Reply.snap(400, sc, 2, "Invalid Mandatory Field [" + missing + "]");
        }
        if (receiver == null) {
            return Reply.snap(404, sc, 0, "Not Found. This server takes no notifications");
        }
        try {
            receiver.receive(typed);
        } catch (RuntimeException platform) {
            LOG.warn("inbound notification: the platform's receiver failed ({}); answered 500 so NICEPAY retries",
                    platform.getClass().getSimpleName());
            return Reply.snap(500, sc, 0, "General Error");
        }
        return Reply.snap(200, sc, 0, "Successful");
    }

    // ------------------------------------------------------------------ helpers

    private boolean withinWindow(SnapTimestamp ts) {
        return Duration.between(clock.instant(), ts.instant()).abs().compareTo(window) <= 0;
    }

    private static boolean verifies(SignatureVerifier key, StringToSign sts, String signature) {
        try {
            return key.verify(sts, Signature.parse(signature.strip()));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static Optional<SnapTimestamp> timestamp(InboundRequest request) {
        try {
            return Optional.of(SnapTimestamp.parse(request.header("X-TIMESTAMP").orElse("").strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String firstMissing(InboundRequest request, String... names) {
        for (String n : names) {
            if (request.header(n).map(String::isBlank).orElse(true)) {
                return n;
            }
        }
        return null;
    }

    private static String firstMissingField(Map<String, Object> body, String... names) {
        for (String n : names) {
            Object v = body.get(n);
            if (v == null || v instanceof String s && s.isBlank()) {
                return n;
            }
        }
        return null;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .equalsIgnoreCase("application/json");
    }

    private static String str(Map<String, Object> m, String name) {
        Object v = m.get(name);
        return v instanceof String s ? s : "";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Map<String, Object> m, String name) {
        return m.get(name) instanceof Map<?, ?> o ? (Map<String, Object>) o : Map.of();
    }

    /** An answer being built: status and SNAP body. */
    private static final class Reply {
        final int status;
        final Map<String, Object> body = new LinkedHashMap<>();

        private Reply(int status) {
            this.status = status;
        }

        static Reply snap(int status, int service, int caseCode, String message) {
            Reply r = new Reply(status);
            int http = status == 413 ? 400 : status;
            r.body.put("responseCode", String.format("%03d%02d%02d", http, service, caseCode));
            r.body.put("responseMessage", message);
            return r;
        }

        String code() {
            return (String) body.get("responseCode");
        }

        InboundResponse toResponse(Clock clock) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("X-TIMESTAMP", SnapTimestamp.now(clock).value());
            return new InboundResponse(status, headers, InboundJson.write(body));
        }
    }

    /**
     * Configures a {@link SnapInbound}. Required: NICEPAY's public key ({@link #nicepayPublicKey}), the client key
     * NICEPAY presents ({@link #clientKey}), and at least one of {@link #bills} (with {@link #clientSecret}) and
     * {@link #notifications}. Defaults: notifications verified with the same public key, a random token key (one
     * instance; a fleet shares one with {@link #tokenKey}), an in-memory replay store, a ±5 minute window, tokens
     * valid 15 minutes, notifications at {@code /notify}, bodies up to 64 KiB, the UTC system clock.
     */
    public static final class Builder {
        private SignatureVerifier nicepayKey;
        private SignatureVerifier notificationKey;
        private ClientKey clientKey;
        private SignatureVerifier clientSecret;
        private Secret tokenKey;
        private Bills bills;
        private NotificationReceiver receiver;
        private ReplayStore replays;
        private Clock clock = Clock.systemUTC();
        private Duration window = Duration.ofMinutes(5);
        private Duration tokenLifetime = InboundTokens.DEFAULT_LIFETIME;
        private String notificationPath = "/notify";
        private int maxBodyBytes = 64 * 1024;
        private InboundListener listener = event -> { };

        private Builder() {
        }

        /** NICEPAY's public key: verifies its token requests (and, by default, its notifications). */
        public Builder nicepayPublicKey(SignatureVerifier key) {
            this.nicepayKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** NICEPAY's notification public key, when it differs from {@link #nicepayPublicKey}. */
        public Builder notificationPublicKey(SignatureVerifier key) {
            this.notificationKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** The client key NICEPAY presents ({@code X-CLIENT-KEY}, {@code X-PARTNER-ID}). */
        public Builder clientKey(ClientKey key) {
            this.clientKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** Verifies NICEPAY's HMAC-SHA512 signatures: the client secret the merchant gave NICEPAY. */
        public Builder clientSecret(SignatureVerifier hmac) {
            this.clientSecret = Objects.requireNonNull(hmac, "hmac");
            return this;
        }

        /** The key tokens are protected with (at least 32 bytes): share it across a fleet. */
        public Builder tokenKey(Secret key) {
            this.tokenKey = Objects.requireNonNull(key, "key");
            return this;
        }

        public Builder bills(Bills bills) {
            this.bills = Objects.requireNonNull(bills, "bills");
            return this;
        }

        public Builder notifications(NotificationReceiver receiver) {
            this.receiver = Objects.requireNonNull(receiver, "receiver");
            return this;
        }

        /** Where used {@code X-EXTERNAL-ID}s and notifications are remembered (share it across a fleet). */
        public Builder replayStore(ReplayStore store) {
            this.replays = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How far {@code X-TIMESTAMP} may be from now, either way. */
        public Builder window(Duration window) {
            this.window = Objects.requireNonNull(window, "window");
            return this;
        }

        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
            return this;
        }

        /** The path (suffix) notifications are served at, e.g. {@code /notify}. */
        public Builder notificationPath(String path) {
            this.notificationPath = Objects.requireNonNull(path, "path");
            return this;
        }

        public Builder maxBodyBytes(int bytes) {
            this.maxBodyBytes = bytes;
            return this;
        }

        public Builder listener(InboundListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @throws SnapConfigurationException naming what is missing or invalid */
        public SnapInbound build() {
            if (nicepayKey == null) {
                throw new SnapConfigurationException("SnapInbound: no NICEPAY public key; call nicepayPublicKey(...)"
                        + " with the key NICEPAY gave you");
            }
            if (clientKey == null) {
                throw new SnapConfigurationException("SnapInbound: no client key; call clientKey(...) with the client"
                        + " key NICEPAY presents");
            }
            if (bills == null && receiver == null) {
                throw new SnapConfigurationException("SnapInbound: nothing to serve; give bills(...) for the"
                        + " inquiry-VA flow and/or notifications(...)");
            }
            if (bills != null && clientSecret == null) {
                throw new SnapConfigurationException("SnapInbound: bills(...) needs clientSecret(...), the client"
                        + " secret the merchant gave NICEPAY, to verify its HMAC signatures");
            }
            if (!notificationPath.startsWith("/") || notificationPath.contains("/api/v1.0/")) {
                throw new SnapConfigurationException("SnapInbound: the notification path must start with / and not"
                        + " overlap NICEPAY's /api/v1.0/ endpoints");
            }
            if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofMinutes(30)) > 0) {
                throw new SnapConfigurationException("SnapInbound: the timestamp window must be positive and at most"
                        + " 30 minutes");
            }
            if (maxBodyBytes < 1024) {
                throw new SnapConfigurationException("SnapInbound: maxBodyBytes must be at least 1024");
            }
            try {
                return new SnapInbound(this);
            } catch (IllegalArgumentException e) {
                throw new SnapConfigurationException("SnapInbound: " + e.getMessage(), e);
            }
        }
    }
}
