package dev.snapgate.inbound;

import static dev.snapgate.inbound.NicepayRequests.code;
import static dev.snapgate.inbound.NicepayRequests.field;
import static dev.snapgate.inbound.NicepayRequests.inquiryBody;
import static dev.snapgate.inbound.NicepayRequests.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.snapgate.domain.Amount;
import dev.snapgate.domain.internal.BodyDigest;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.MutableClock;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.inbound.Bill;
import dev.snapgate.domain.inbound.BillLookup;
import dev.snapgate.domain.inbound.Bills;
import dev.snapgate.domain.inbound.Booking;
import dev.snapgate.domain.inbound.InboundNotification;
import dev.snapgate.domain.inbound.VaInquiry;
import dev.snapgate.domain.inbound.VaPayment;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PemKeyLoader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingSupplier;
import dev.snapgate.inbound.internal.InMemoryBills;

/** The inbound core, request by request: the happy flow and every attack the issue lists. */
class SnapInboundTest {

    private static final ClientKey NICEPAY_CLIENT = ClientKey.of("IONPAYTEST");
    private static final String SECRET = "inbound-client-secret-canary-71";
    private static final String TOKEN_KEY = "inbound-token-key-canary-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T03:00:00Z"));
    private final Signer nicepay = Fixtures.rsa2048().signer();
    private final HmacSha512Signer hmac = new HmacSha512Signer(Secret.of(SECRET));
    private final NicepayRequests nicepayRequests = new NicepayRequests(NICEPAY_CLIENT, nicepay, Secret.of(SECRET));
    private final FakeBills bills = new FakeBills();
    private final List<InboundNotification> received = new CopyOnWriteArrayList<>();
    private final List<InboundResponse> answers = new ArrayList<>();
    private final List<InboundEvent> events = new CopyOnWriteArrayList<>();
    private SnapInbound inbound;
    private long externalIds = 1000;

    /** The in-memory bill book, counting what reached it. */
    static final class FakeBills implements Bills {
        final InMemoryBills book = new InMemoryBills();
        final AtomicInteger bookings = new AtomicInteger();
        final AtomicInteger lookups = new AtomicInteger();

        @Override
        public BillLookup find(VaInquiry inquiry) {
            lookups.incrementAndGet();
            return book.find(inquiry);
        }

        @Override
        public Booking book(VaPayment payment) {
            Booking booking = book.book(payment);
            if (booking.outcome() == Booking.Outcome.BOOKED) {
                bookings.incrementAndGet();
            }
            return booking;
        }
    }

    @BeforeEach
    void build() {
        bills.book.open(new Bill("8808123456", "Budi Santoso", Amount.idr("50000.00")));
        inbound = core(TOKEN_KEY);
    }

    private SnapInbound core(String tokenKey) {
        return SnapInbound.builder().nicepayPublicKey(Fixtures.rsa2048Public()).clientKey(NICEPAY_CLIENT)
                .clientSecret(hmac).tokenKey(Secret.of(tokenKey)).bills(bills).notifications(received::add)
                .clock(clock).listener(events::add).build();
    }

    // ------------------------------------------------------------------ request builders (signing as NICEPAY)

    private InboundResponse handle(InboundRequest r) {
        InboundResponse response = inbound.handle(r);
        answers.add(response);
        return response;
    }

    private Map<String, String> tokenHeaders(ClientKey key, SnapTimestamp ts, Signer signer) {
        return NicepayRequests.rsaHeaders(key, signer, ts);
    }

    private InboundResponse tokenRequest(Map<String, String> headers, String body) {
        return handle(InboundRequest.simple("POST", "/merchant/api/v1.0/access-token/b2b", headers,
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private String token() {
        InboundResponse r = tokenRequest(tokenHeaders(NICEPAY_CLIENT, SnapTimestamp.now(clock), nicepay),
                "{\"grantType\":\"client_credentials\",\"additionalInfo\":{}}");
        assertThat(r.status()).isEqualTo(200);
        return field(r, "accessToken");
    }

    private Map<String, String> serviceHeaders(String path, String token, byte[] body, String externalId) {
        return nicepayRequests.vaHeaders(path, token, body, externalId, SnapTimestamp.now(clock));
    }

    private InboundResponse call(String kind, String token, Map<String, Object> body, String externalId)
            throws Exception {
        String path = "/merchant/api/v1.0/transfer-va/" + kind;
        byte[] bytes = JSON.writeValueAsBytes(body);
        return handle(InboundRequest.simple("POST", path, serviceHeaders(path, token, bytes, externalId), bytes));
    }

    private InboundResponse call(String kind, String token, Map<String, Object> body) throws Exception {
        return call(kind, token, body, String.valueOf(externalIds++));
    }

    // ------------------------------------------------------------------ token issuance

    @Test
    void nicepaysSignedTokenRequest_getsA15MinuteStatelessBearerToken_thatAnotherInstanceAccepts() throws Exception {
        InboundResponse r = tokenRequest(tokenHeaders(NICEPAY_CLIENT, SnapTimestamp.now(clock), nicepay),
                "{\"grantType\":\"client_credentials\",\"additionalInfo\":{}}");

        assertThat(code(r)).isEqualTo("2007300");
        assertThat(field(r, "tokenType")).isEqualTo("Bearer");
        assertThat(field(r, "expiresIn")).isEqualTo("900");
        String token = field(r, "accessToken");
        assertThat(token.length()).isLessThanOrEqualTo(150);
        assertThat(token).doesNotContain(TOKEN_KEY).doesNotContain(SECRET);
        inbound = core(TOKEN_KEY); // another instance of the fleet, same key
        assertThat(code(call("inquiry", token, inquiryBody("8808123456", "INQ-1")))).isEqualTo("2002400");
    }

    /** One case per dynamic test, so one refusal that breaks does not hide the others. */
    @TestFactory
    Stream<DynamicTest> forgedWrongKeyExpiredAndMalformedTokenRequests_areRefusedWithTokenCodes() {
        Signer otherKey = PemKeyLoader.load(Fixtures.file("keys/other2048.pkcs8.pem")).signer();
        String body = "{\"grantType\":\"client_credentials\"}";
        SnapTimestamp now = SnapTimestamp.now(clock);
        Map<String, String> noSig = tokenHeaders(NICEPAY_CLIENT, now, nicepay);
        noSig.remove("X-SIGNATURE");
        Map<String, String> badTs = tokenHeaders(NICEPAY_CLIENT, now, nicepay);
        badTs.put("X-TIMESTAMP", "2026-11-30 10:00");
        return Stream.of(
                refused("signed with another key", () -> tokenRequest(tokenHeaders(NICEPAY_CLIENT, now, otherKey),
                        body), "4017300"),
                refused("another client key", () -> tokenRequest(tokenHeaders(ClientKey.of("SOMEONE"), now, nicepay),
                        body), "4017300"),
                refused("a timestamp 400 s old", () -> tokenRequest(tokenHeaders(NICEPAY_CLIENT, SnapTimestamp.at(
                        clock.instant().minusSeconds(400)), nicepay), body), "4017300"),
                refused("no signature", () -> tokenRequest(noSig, body), "4007302"),
                refused("a malformed timestamp", () -> tokenRequest(badTs, body), "4007301"),
                refused("grant type password", () -> tokenRequest(tokenHeaders(NICEPAY_CLIENT, now, nicepay),
                        "{\"grantType\":\"password\"}"), "4007301"),
                refused("a body that is not JSON", () -> tokenRequest(tokenHeaders(NICEPAY_CLIENT, now, nicepay),
                        "not json"), "4007300"),
                DynamicTest.dynamicTest("GET instead of POST -> 405", () -> assertThat(handle(InboundRequest.simple(
                        "GET", "/api/v1.0/access-token/b2b", Map.of(), new byte[0])).status()).isEqualTo(405)));
    }

    private DynamicTest refused(String name, ThrowingSupplier<InboundResponse> request, String expectedCode) {
        return DynamicTest.dynamicTest(name + " -> " + expectedCode, () -> assertThat(code(request.get()))
                .isEqualTo(expectedCode));
    }

    // ------------------------------------------------------------------ inquiry (24) and payment (25)

    @Test
    void inquiryThenPayment_answerNicepaysFormat_andBookTheBillOnce() throws Exception {
        String token = token();

        InboundResponse inquiry = call("inquiry", token, inquiryBody("8808123456", "INQ-1"));
        InboundResponse payment = call("payment", token, paymentBody("8808123456", "50000.00", "PAY-1"));
        Map<String, Object> second = paymentBody("8808123456", "50000.00", "PAY-1");
        second.put("paymentRequestId", "PAY-2"); // NICEPAY paying the same bill again: another payment request
        InboundResponse again = call("payment", token, second);

        assertThat(code(inquiry)).isEqualTo("2002400");
        assertThat(inquiry.bodyText()).contains("\"virtualAccountName\":\"Budi Santoso\"")
                .contains("\"totalAmount\":{\"value\":\"50000.00\",\"currency\":\"IDR\"}")
                .contains("\"inquiryRequestId\":\"INQ-1\"");
        assertThat(code(payment)).isEqualTo("2002500");
        assertThat(code(again)).isEqualTo("4042513"); // NICEPAY's paid-bill code
        assertThat(bills.bookings).hasValue(1);
        assertThat(inquiry.headers()).containsEntry("Content-Type", "application/json").containsKey("X-TIMESTAMP");
    }

    @Test
    void anUnknownAccount_andAWrongAmount_getTheirCodes() throws Exception {
        String token = token();

        assertThat(code(call("inquiry", token, inquiryBody("999", "INQ-1")))).isEqualTo("4042419");
        assertThat(code(call("payment", token, paymentBody("999", "1.00", "PAY-1")))).isEqualTo("4042519");
        assertThat(code(call("payment", token, paymentBody("8808123456", "49999.00", "PAY-1")))).isEqualTo("4002501");
        assertThat(bills.bookings).hasValue(0);
    }

    @Test
    void aReplayedPayment_sameExternalIdTheSameDay_isAConflict_andBooksNothing() throws Exception {
        String token = token();
        Map<String, Object> body = paymentBody("8808123456", "50000.00", "PAY-1");
        String path = "/merchant/api/v1.0/transfer-va/payment";
        byte[] bytes = JSON.writeValueAsBytes(body);
        InboundRequest captured = InboundRequest.simple("POST", path, serviceHeaders(path, token, bytes, "777"),
                bytes);

        InboundResponse first = handle(captured);
        InboundResponse replay = handle(captured);

        assertThat(code(first)).isEqualTo("2002500");
        assertThat(code(replay)).isEqualTo("4092500");
        assertThat(bills.bookings).hasValue(1);
    }

    @TestFactory
    Stream<DynamicTest> tokensFromAnotherServerKey_expiredOrForged_areInvalid() throws Exception {
        String foreign = SnapInbound.builder().nicepayPublicKey(Fixtures.rsa2048Public()).clientKey(NICEPAY_CLIENT)
                .clientSecret(hmac).tokenKey(Secret.of("another-servers-token-key-0123456789abcdef")).bills(bills)
                .clock(clock).build().handle(InboundRequest.simple("POST", "/api/v1.0/access-token/b2b",
                        tokenHeaders(NICEPAY_CLIENT, SnapTimestamp.now(clock), nicepay),
                        "{\"grantType\":\"client_credentials\"}".getBytes(StandardCharsets.UTF_8))).bodyText();
        String foreignToken = JSON.readTree(foreign).get("accessToken").asText();
        String token = token();
        String extended = token.replaceFirst("^v1\\.(\\d+)\\.", "v1.9$1.");
        return Stream.of(
                refused("a token of another server's key", () -> call("inquiry", foreignToken, inquiryBody(
                        "8808123456", "INQ-1")), "4012401"),
                refused("a token with a changed MAC", () -> call("inquiry", token.substring(0, token.length() - 2)
                        + "AA", inquiryBody("8808123456", "INQ-1")), "4012401"),
                refused("a token with its expiry extended", () -> call("inquiry", extended, inquiryBody("8808123456",
                        "INQ-1")), "4012401"),
                refused("not a token", () -> call("inquiry", "not-a-token", inquiryBody("8808123456", "INQ-1")),
                        "4012401"),
                refused("a token 15 min 1 s old", () -> {
                    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
                    return call("payment", token, paymentBody("8808123456", "50000.00", "PAY-1"));
                }, "4012501"),
                DynamicTest.dynamicTest("and the platform was never asked", () -> {
                    assertThat(bills.lookups).hasValue(0);
                    assertThat(bills.bookings).hasValue(0);
                }));
    }

    @TestFactory
    Stream<DynamicTest> aBadSignatureATamperedBodyOrAnotherPartner_isUnauthorized() throws Exception {
        String token = token();
        String path = "/merchant/api/v1.0/transfer-va/payment";
        byte[] bytes = JSON.writeValueAsBytes(paymentBody("8808123456", "50000.00", "PAY-1"));
        Map<String, String> h = serviceHeaders(path, token, bytes, "1");
        byte[] tampered = JSON.writeValueAsBytes(paymentBody("8808123456", "50000.00", "PAY-1")).clone();
        tampered[tampered.length - 3] = (byte) 'X';
        Map<String, String> wrongSecret = new LinkedHashMap<>(h);
        wrongSecret.put("X-SIGNATURE", new HmacSha512Signer(Secret.of("guess")).sign(StringToSign.forServiceCall(
                "POST", path, Secret.of(token), BodyDigest.sha256Hex(bytes), h.get("X-TIMESTAMP"))).value());
        Map<String, String> otherPartner = new LinkedHashMap<>(serviceHeaders(path, token, bytes, "2"));
        otherPartner.put("X-PARTNER-ID", "SOMEONE");

        return Stream.of(
                refused("a tampered body", () -> handle(InboundRequest.simple("POST", path, h, tampered)), "4012500"),
                refused("signed with a guessed secret", () -> handle(InboundRequest.simple("POST", path, wrongSecret,
                        bytes)), "4012500"),
                refused("another partner's ID", () -> handle(InboundRequest.simple("POST", path, otherPartner,
                        bytes)), "4012500"),
                DynamicTest.dynamicTest("the same token 6 min later with a fresh timestamp is accepted, once", () -> {
                    clock.advance(Duration.ofMinutes(6));
                    assertThat(code(handle(InboundRequest.simple("POST", path, serviceHeaders(path, token, bytes,
                            "3"), bytes)))).isEqualTo("2002500");
                    assertThat(bills.bookings).hasValue(1);
                }));
    }

    @TestFactory
    Stream<DynamicTest> missingFieldsMalformedOversizedAndInjectedInput_isRejectedWithTheServiceCode()
            throws Exception {
        String token = token();
        Map<String, Object> noInquiryId = inquiryBody("8808123456", "INQ-1");
        noInquiryId.remove("inquiryRequestId");
        Map<String, Object> noBank = inquiryBody("8808123456", "INQ-1");
        noBank.put("additionalInfo", Map.of());
        String path = "/merchant/api/v1.0/transfer-va/inquiry";
        byte[] dup = "{\"virtualAccountNo\":\"1\",\"virtualAccountNo\":\"8808123456\"}".getBytes(StandardCharsets.UTF_8);
        byte[] huge = ("{\"partnerServiceId\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Map<String, String> injected = serviceHeaders(path, token, new byte[] {'{', '}'}, "1");
        injected.put("X-EXTERNAL-ID", "1\r\nSet-Cookie: stolen=1");
        Map<String, String> noChannel = serviceHeaders(path, token, new byte[] {'{', '}'}, "5");
        noChannel.remove("CHANNEL-ID");

        return Stream.of(
                DynamicTest.dynamicTest("no inquiryRequestId -> 4002402, naming the field", () -> {
                    assertThat(code(call("inquiry", token, noInquiryId))).isEqualTo("4002402");
                    assertThat(field(answers.get(answers.size() - 1), "responseMessage")).contains("inquiryRequestId");
                }),
                refused("no bankCd", () -> call("inquiry", token, noBank), "4002402"),
                refused("a duplicate key", () -> handle(InboundRequest.simple("POST", path, serviceHeaders(path, token,
                        dup, "9"), dup)), "4002400"),
                DynamicTest.dynamicTest("70 KB of body -> 413 with 4002400", () -> {
                    InboundResponse tooBig = handle(InboundRequest.simple("POST", path, serviceHeaders(path, token,
                            huge, "8"), huge));
                    assertThat(tooBig.status()).isEqualTo(413);
                    assertThat(code(tooBig)).isEqualTo("4002400");
                }),
                DynamicTest.dynamicTest("a header with a line break -> 4002401, nothing echoed", () -> {
                    InboundResponse inj = handle(InboundRequest.simple("POST", path, injected, new byte[] {'{', '}'}));
                    assertThat(code(inj)).isEqualTo("4002401");
                    assertThat(inj.headers()).containsOnlyKeys("Content-Type", "X-TIMESTAMP");
                    assertThat(inj.bodyText()).doesNotContain("stolen");
                }),
                refused("no CHANNEL-ID", () -> handle(InboundRequest.simple("POST", path, noChannel,
                        new byte[] {'{', '}'})), "4002402"),
                DynamicTest.dynamicTest("an unknown path -> 404", () -> assertThat(handle(InboundRequest.simple(
                        "POST", "/merchant/api/v1.0/elsewhere", Map.of(), new byte[0])).status()).isEqualTo(404)),
                DynamicTest.dynamicTest("and the platform was never asked", () -> assertThat(bills.lookups)
                        .hasValue(0)));
    }

    @Test
    void aFailingPlatform_isAGeneralError_thatSaysNothingMore() throws Exception {
        inbound = SnapInbound.builder().nicepayPublicKey(Fixtures.rsa2048Public()).clientKey(NICEPAY_CLIENT)
                .clientSecret(hmac).tokenKey(Secret.of(TOKEN_KEY)).clock(clock).bills(new Bills() {
                    @Override
                    public BillLookup find(VaInquiry inquiry) {
                        throw new IllegalStateException("database password is hunter2");
                    }

                    @Override
                    public Booking book(VaPayment payment) {
                        throw new IllegalStateException("database password is hunter2");
                    }
                }).build();

        InboundResponse r = call("inquiry", token(), inquiryBody("8808123456", "INQ-1"));

        assertThat(r.status()).isEqualTo(500);
        assertThat(code(r)).isEqualTo("5002400");
        assertThat(r.bodyText()).doesNotContain("hunter2");
    }

    // ------------------------------------------------------------------ notifications

    private InboundResponse notification(Map<String, Object> body, ClientKey key, Signer signer) throws Exception {
        Map<String, String> h = tokenHeaders(key, SnapTimestamp.now(clock), signer);
        return handle(InboundRequest.simple("POST", "/merchant/notify", h, JSON.writeValueAsBytes(body)));
    }

    @Test
    void signedNotifications_areTypedPerKind_andARedeliveryGetsTheOriginalSuccessWithoutReachingTheReceiver()
            throws Exception {
        Map<String, Object> va = new LinkedHashMap<>(Map.of("virtualAccountNo", "8808123456", "trxId", "ORDER-1",
                "paidAmount", Map.of("value", "50000.00", "currency", "IDR")));
        Map<String, Object> qris = new LinkedHashMap<>(Map.of("originalReferenceNo", "R1",
                "originalPartnerReferenceNo", "Q1", "latestTransactionStatus", "00", "externalStoreID", "STORE01",
                "amount", Map.of("value", "15000.00", "currency", "IDR"), "additionalInfo", Map.of()));
        Map<String, Object> wallet = new LinkedHashMap<>(Map.of("originalReferenceNo", "R2",
                "originalPartnerReferenceNo", "E1", "latestTransactionStatus", "00"));
        Map<String, String> h = tokenHeaders(NICEPAY_CLIENT, SnapTimestamp.now(clock), nicepay);
        byte[] vaBytes = JSON.writeValueAsBytes(va);

        assertThat(code(handle(InboundRequest.simple("POST", "/merchant/notify", h, vaBytes)))).isEqualTo("2002500");
        assertThat(code(handle(InboundRequest.simple("POST", "/merchant/notify", h, vaBytes)))).isEqualTo("2002500");
        clock.advance(Duration.ofSeconds(1));
        assertThat(code(notification(qris, NICEPAY_CLIENT, nicepay))).isEqualTo("2005200");
        clock.advance(Duration.ofSeconds(1));
        assertThat(code(notification(wallet, NICEPAY_CLIENT, nicepay))).isEqualTo("2005600");

        assertThat(received).hasSize(3);
        assertThat(received.get(0)).isInstanceOfSatisfying(InboundNotification.VaPaid.class, n -> {
            assertThat(n.trxId()).isEqualTo("ORDER-1");
            assertThat(n.paidAmount()).contains(Amount.idr("50000.00"));
        });
        assertThat(received.get(1)).isInstanceOfSatisfying(InboundNotification.Qris.class,
                n -> assertThat(n.externalStoreId()).isEqualTo("STORE01"));
        assertThat(received.get(2)).isInstanceOf(InboundNotification.Ewallet.class);
    }

    @Test
    void forgedOrForeignNotifications_andMissingFields_areRefused_andNeverReceived() throws Exception {
        Signer otherKey = PemKeyLoader.load(Fixtures.file("keys/other2048.pkcs8.pem"), Optional.empty()).signer();
        Map<String, Object> qrisMissing = new LinkedHashMap<>(Map.of("originalReferenceNo", "R1",
                "externalStoreID", "S"));

        assertThat(code(notification(Map.of("virtualAccountNo", "1", "trxId", "T"), NICEPAY_CLIENT, otherKey)))
                .isEqualTo("4012500");
        clock.advance(Duration.ofSeconds(1));
        assertThat(code(notification(Map.of("virtualAccountNo", "1", "trxId", "T"), ClientKey.of("OTHER"), nicepay)))
                .isEqualTo("4012500");
        clock.advance(Duration.ofSeconds(1));
        assertThat(code(notification(qrisMissing, NICEPAY_CLIENT, nicepay))).isEqualTo("4005202");
        assertThat(code(handle(InboundRequest.simple("POST", "/merchant/notify", Map.of("Content-Type",
                "application/json"), "{\"trxId\":\"1\"}".getBytes(StandardCharsets.UTF_8))))).isEqualTo("4005602");
        assertThat(received).isEmpty();
    }

    @Test
    void aReceiverThatFails_getsNicepayToSendAgain() throws Exception {
        inbound = SnapInbound.builder().nicepayPublicKey(Fixtures.rsa2048Public()).clientKey(NICEPAY_CLIENT)
                .clock(clock).notifications(n -> {
                    throw new IllegalStateException("queue full");
                }).build();

        InboundResponse r = notification(Map.of("virtualAccountNo", "1", "trxId", "T"), NICEPAY_CLIENT, nicepay);

        assertThat(r.status()).isEqualTo(500);
        assertThat(code(r)).isEqualTo("5002500");
    }

    // ------------------------------------------------------------------ across all of the above

    @Test
    void noAnswerEverCarriesTheClientSecretTheTokenKeyOrAnotherRequestsToken_andEveryRequestIsReported()
            throws Exception {
        String token = token();
        call("inquiry", token, inquiryBody("8808123456", "INQ-1"));
        call("payment", token + "x", paymentBody("8808123456", "50000.00", "PAY-1"));
        call("payment", token, paymentBody("8808123456", "1.00", "PAY-1"));

        for (InboundResponse r : answers.subList(1, answers.size())) {
            assertThat(r.bodyText()).doesNotContain(SECRET).doesNotContain(TOKEN_KEY).doesNotContain(token);
        }
        assertThat(events).extracting(InboundEvent::endpoint).containsExactly("token", "inquiry", "payment",
                "payment");
        assertThat(events).extracting(InboundEvent::responseCode).containsExactly("2007300", "2002400", "4012501",
                "4002501");
        assertThat(events.get(2).outcome()).isEqualTo("rejected");
    }

    @Test
    void theBuilder_namesWhatIsMissing() {
        assertThatThrownBy(() -> SnapInbound.builder().clientKey(NICEPAY_CLIENT).build())
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("nicepayPublicKey");
        assertThatThrownBy(() -> SnapInbound.builder().nicepayPublicKey(Fixtures.rsa2048Public())
                .clientKey(NICEPAY_CLIENT).bills(bills).build()).hasMessageContaining("clientSecret");
        assertThatThrownBy(() -> SnapInbound.builder().nicepayPublicKey(Fixtures.rsa2048Public())
                .clientKey(NICEPAY_CLIENT).notifications(n -> { }).tokenKey(Secret.of("short")).build())
                .hasMessageContaining("at least 32 bytes").hasMessageNotContaining("short");
    }
}
