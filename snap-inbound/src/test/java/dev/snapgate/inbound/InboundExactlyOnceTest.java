package dev.snapgate.inbound;

import static dev.snapgate.inbound.NicepayRequests.code;
import static dev.snapgate.inbound.NicepayRequests.field;
import static dev.snapgate.inbound.NicepayRequests.inquiryBody;
import static dev.snapgate.inbound.NicepayRequests.paymentBody;
import static dev.snapgate.inbound.NicepayRequests.vaPaid;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.snapgate.domain.Amount;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.MutableClock;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.inbound.Bill;
import dev.snapgate.domain.inbound.BillLookup;
import dev.snapgate.domain.inbound.Bills;
import dev.snapgate.domain.inbound.Booking;
import dev.snapgate.domain.inbound.Confirmation;
import dev.snapgate.domain.inbound.InboundNotification;
import dev.snapgate.domain.inbound.NotificationReceiver;
import dev.snapgate.domain.inbound.VaInquiry;
import dev.snapgate.domain.inbound.VaPayment;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PemKeyLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import dev.snapgate.inbound.internal.InMemoryBills;

/**
 * Issue 21, item by item: money events that were lost (1-4), replay keys from what is signed (5-7), confirming a
 * notification by inquiry (8), NICEPAY's documented paths and sources (9). Each test failed on the core before the
 * rewrite (docs/RELIABILITY.md lists them).
 */
class InboundExactlyOnceTest {

    static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");
    static final Secret SECRET = Secret.of("exactly-once-client-secret");
    static final String VA = "8808123456";

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T03:00:00Z"));
    final Signer transactionKey = Fixtures.rsa2048().signer();
    final Signer notificationKey = PemKeyLoader.load(Fixtures.file("keys/other2048.pkcs8.pem"), Optional.empty())
            .signer();
    final NicepayRequests nicepay = new NicepayRequests(CLIENT, transactionKey, SECRET);
    final InMemoryBills book = new InMemoryBills();
    final AtomicInteger bookings = new AtomicInteger();
    final AtomicInteger failuresLeft = new AtomicInteger();
    final List<InboundNotification> received = new CopyOnWriteArrayList<>();
    final List<Confirmation> confirmations = new CopyOnWriteArrayList<>();

    /** The bill book, failing as told and counting bookings. */
    final Bills bills = new Bills() {
        @Override
        public BillLookup find(VaInquiry inquiry) {
            failIfTold();
            return book.find(inquiry);
        }

        @Override
        public Booking book(VaPayment payment) {
            failIfTold();
            Booking b = book.book(payment);
            if (b.outcome() == Booking.Outcome.BOOKED) {
                bookings.incrementAndGet();
            }
            return b;
        }
    };

    final NotificationReceiver receiver = new NotificationReceiver() {
        @Override
        public void receive(InboundNotification notification) {
            throw new AssertionError("the core calls the two-argument form");
        }

        @Override
        public void receive(InboundNotification notification, Confirmation confirmation) {
            failIfTold();
            received.add(notification);
            confirmations.add(confirmation);
        }
    };

    void failIfTold() {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("database unavailable");
        }
    }

    SnapInbound.Builder builder() {
        return SnapInbound.builder().nicepayPublicKey(Fixtures.rsa2048Public()).clientKey(CLIENT)
                .clientSecret(new HmacSha512Signer(SECRET)).tokenKey(Secret.of("exactly-once-token-key-0123456789ab"))
                .bills(bills).notifications(receiver).clock(clock);
    }

    SnapInbound inbound;

    @BeforeEach
    void start() {
        book.open(new Bill(VA, "Budi Santoso", Amount.idr("50000.00")));
        inbound = builder().build();
    }

    SnapTimestamp now() {
        return SnapTimestamp.now(clock);
    }

    String token() {
        InboundResponse r = inbound.handle(nicepay.token(now()));
        assertThat(code(r)).isEqualTo("2007300");
        clock.advance(Duration.ofSeconds(1));
        return field(r, "accessToken");
    }

    InboundResponse deliver(String path, Signer key, Map<String, Object> body) {
        return inbound.handle(nicepay.notification(path, nicepay.rsaHeaders(key, now()), body));
    }

    @Nested
    class MoneyEventsAreNotLost {

        @Test
        void item1_twoDifferentNotificationsSignedInTheSameSecond_bothReachTheReceiver() {
            Map<String, String> sameHeaders = nicepay.rsaHeaders(transactionKey, now());

            InboundResponse first = inbound.handle(nicepay.notification("/notify", sameHeaders, vaPaid(VA, "ORD-1")));
            InboundResponse second = inbound.handle(nicepay.notification("/notify", sameHeaders,
                    vaPaid("8808999999", "ORD-2")));

            assertThat(code(first)).isEqualTo("2002500");
            assertThat(code(second)).isEqualTo("2002500");
            assertThat(received).extracting(n -> ((InboundNotification.VaPaid) n).trxId())
                    .containsExactly("ORD-1", "ORD-2");
        }

        @Test
        void item2_afterThePlatformFails_nicepaysRetryWithTheSameExternalId_isBooked() {
            String token = token();
            failuresLeft.set(1);

            InboundResponse failed = inbound.handle(nicepay.vaCall("payment", token, paymentBody(VA, "50000.00",
                    "PAY-1"), "7001", now()));
            clock.advance(Duration.ofSeconds(3));
            InboundResponse retry = inbound.handle(nicepay.vaCall("payment", token, paymentBody(VA, "50000.00",
                    "PAY-1"), "7001", now()));

            assertThat(code(failed)).isEqualTo("5002500");
            assertThat(code(retry)).isEqualTo("2002500");
            assertThat(bookings).hasValue(1);
        }

        @Test
        void item2_theSameSignedRequestRetriedByteForByteAfterAFailure_isProcessed() {
            String token = token();
            failuresLeft.set(1);
            InboundRequest request = nicepay.vaCall("inquiry", token, inquiryBody(VA, "INQ-1"), "7002", now());

            assertThat(code(inbound.handle(request))).isEqualTo("5002400");
            assertThat(code(inbound.handle(request))).isEqualTo("2002400");
            assertThat(code(inbound.handle(request))).isEqualTo("4092400");
        }

        @Test
        void item2_afterTheReceiverFails_nicepaysRetryOfTheNotification_isReceived() {
            failuresLeft.set(1);

            InboundResponse failed = deliver("/notify", transactionKey, vaPaid(VA, "ORD-1"));
            clock.advance(Duration.ofSeconds(30));
            InboundResponse retry = deliver("/notify", transactionKey, vaPaid(VA, "ORD-1"));

            assertThat(code(failed)).isEqualTo("5002500");
            assertThat(code(retry)).isEqualTo("2002500");
            assertThat(received).hasSize(1);
        }

        @Test
        void item2_aDuplicateArrivingWhileTheFirstIsProcessed_isToldToComeBack_andTheFirstBooksOnce()
                throws Exception {
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Bills slow = new Bills() {
                @Override
                public BillLookup find(VaInquiry inquiry) {
                    return book.find(inquiry);
                }

                @Override
                public Booking book(VaPayment payment) {
                    inside.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return bills.book(payment);
                }
            };
            inbound = builder().bills(slow).build();
            String token = token();
            InboundRequest payment = nicepay.vaCall("payment", token, paymentBody(VA, "50000.00", "PAY-1"), "7003",
                    now());

            CompletableFuture<InboundResponse> first = CompletableFuture.supplyAsync(() -> inbound.handle(payment));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            InboundResponse duplicate = inbound.handle(payment);
            release.countDown();

            assertThat(code(duplicate)).isEqualTo("5002500");
            assertThat(code(first.get(10, TimeUnit.SECONDS))).isEqualTo("2002500");
            assertThat(code(inbound.handle(payment))).isEqualTo("4092500");
            assertThat(bookings).hasValue(1);
        }

        @Test
        void item3_aNotificationDeliveredAgainAfterSuccess_getsTheOriginalSuccess_andTheReceiverIsNotCalledAgain() {
            Map<String, String> headers = nicepay.rsaHeaders(transactionKey, now());
            InboundResponse first = inbound.handle(nicepay.notification("/notify", headers, vaPaid(VA, "ORD-1")));
            InboundResponse sameBytes = inbound.handle(nicepay.notification("/notify", headers, vaPaid(VA, "ORD-1")));
            clock.advance(Duration.ofMinutes(20)); // re-signed later, as a retry is
            InboundResponse resigned = deliver("/notify", transactionKey, vaPaid(VA, "ORD-1"));

            assertThat(List.of(first, sameBytes, resigned)).extracting(NicepayRequests::code)
                    .containsExactly("2002500", "2002500", "2002500");
            assertThat(first.status()).isEqualTo(200);
            assertThat(resigned.status()).isEqualTo(200);
            assertThat(received).hasSize(1);
        }

        @Test
        void item4_thePlatformFailureLogLine_namesTheSnapCode() {
            Logger log = (Logger) LoggerFactory.getLogger(VaEndpoint.class);
            ListAppender<ILoggingEvent> lines = new ListAppender<>();
            lines.start();
            log.addAppender(lines);
            try {
                String token = token();
                failuresLeft.set(1);
                inbound.handle(nicepay.vaCall("payment", token, paymentBody(VA, "50000.00", "PAY-1"), "7004",
                        now()));
            } finally {
                log.detachAppender(lines);
            }
            assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(m -> assertThat(m).contains("answered 5002500 so NICEPAY retries"))
                    .noneSatisfy(m -> assertThat(m).contains("50025XX00"));
        }
    }

    @Nested
    class ReplayKeysComeFromWhatIsSigned {

        /** The same signature in another Base64 spelling: no padding, or other unused low bits. */
        List<String> spellings(String signature) {
            List<String> out = new ArrayList<>();
            String unpadded = signature.replace("=", "");
            out.add(unpadded);
            int pads = signature.length() - unpadded.length();
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            char last = unpadded.charAt(unpadded.length() - 1);
            int unused = pads == 2 ? 0x0f : pads == 1 ? 0x03 : 0;
            for (int bits = 1; bits <= unused; bits++) {
                String variant = unpadded.substring(0, unpadded.length() - 1)
                        + alphabet.charAt(alphabet.indexOf(last) ^ bits);
                out.add(variant + "=".repeat(pads));
            }
            return out;
        }

        @Test
        void item5_aCapturedSignedRequestInAnotherBase64Spelling_isStillTheSameRequest() {
            String token = token();
            InboundRequest captured = nicepay.vaCall("inquiry", token, inquiryBody(VA, "INQ-1"), "8001", now());
            Map<String, String> headers = NicepayRequests.copied(captured, "Content-Type", "Authorization",
                    "X-TIMESTAMP", "X-SIGNATURE", "X-PARTNER-ID", "CHANNEL-ID");
            assertThat(code(inbound.handle(captured))).isEqualTo("2002400");

            List<String> variants = spellings(captured.header("X-SIGNATURE").orElseThrow());
            int id = 8100;
            for (String variant : variants) {
                Map<String, String> h = new LinkedHashMap<>(headers);
                h.put("X-SIGNATURE", variant);
                h.put("X-EXTERNAL-ID", String.valueOf(id++));
                assertThat(code(inbound.handle(InboundRequest.simple("POST", captured.path(), h,
                        captured.bodyBytes())))).as(variant).isEqualTo("4092400");
            }
            assertThat(variants).hasSizeGreaterThanOrEqualTo(2);
        }

        @Test
        void item5_aTokenRequestInAnotherBase64Spelling_obtainsNoSecondToken() {
            InboundRequest first = nicepay.token(now());
            assertThat(code(inbound.handle(first))).isEqualTo("2007300");
            Map<String, String> h = nicepay.rsaHeaders(transactionKey, SnapTimestamp.parse(first.header(
                    "X-TIMESTAMP").orElseThrow()));
            for (String variant : spellings(first.header("X-SIGNATURE").orElseThrow())) {
                h.put("X-SIGNATURE", variant);
                assertThat(code(inbound.handle(InboundRequest.simple("POST", first.path(), h, first.bodyBytes()))))
                        .as(variant).isEqualTo("4017300");
            }
        }

        @Test
        void item6_aTokenRequestsHeadersPostedAsANotification_areRefused_whenOneKeySignsBoth() {
            InboundRequest tokenRequest = nicepay.token(now());
            assertThat(code(inbound.handle(tokenRequest))).isEqualTo("2007300");
            Map<String, String> seen = NicepayRequests.copied(tokenRequest, "Content-Type", "X-TIMESTAMP",
                    "X-CLIENT-KEY", "X-SIGNATURE");

            InboundResponse forged = inbound.handle(nicepay.notification("/notify", seen, vaPaid(VA, "FORGED")));

            assertThat(code(forged)).isEqualTo("5002500"); // not received; NICEPAY's own retry is re-signed
            assertThat(received).isEmpty();
        }

        @Test
        void item6_aNotificationsHeaders_obtainNoToken_andATokenRequestIsGoodOnce() {
            Map<String, String> notificationHeaders = nicepay.rsaHeaders(transactionKey, now());
            assertThat(code(inbound.handle(nicepay.notification("/notify", notificationHeaders, vaPaid(VA,
                    "ORD-1"))))).isEqualTo("2002500");
            InboundResponse token = inbound.handle(InboundRequest.simple("POST", "/api/v1.0/access-token/b2b",
                    notificationHeaders, NicepayRequests.TOKEN_BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(code(token)).isEqualTo("4017300");
            assertThat(token.bodyText()).doesNotContain("accessToken");

            clock.advance(Duration.ofSeconds(1));
            InboundRequest once = nicepay.token(now());
            assertThat(code(inbound.handle(once))).isEqualTo("2007300");
            assertThat(code(inbound.handle(once))).isEqualTo("4017300");
        }

        @Test
        void item6_withItsOwnNotificationKey_aTokenRequestsHeadersDoNotVerifyAsANotification() {
            inbound = builder().notificationPublicKey(dev.snapgate.signing.PublicKeyLoader.load(
                    Fixtures.file("keys/other2048.public.pem"))).build();
            InboundRequest tokenRequest = nicepay.token(now());
            Map<String, String> seen = NicepayRequests.copied(tokenRequest, "Content-Type", "X-TIMESTAMP",
                    "X-CLIENT-KEY", "X-SIGNATURE");

            assertThat(code(inbound.handle(nicepay.notification("/notify", seen, vaPaid(VA, "FORGED")))))
                    .isEqualTo("4012500");
            assertThat(code(deliver("/notify", notificationKey, vaPaid(VA, "ORD-1")))).isEqualTo("2002500");
            assertThat(received).hasSize(1);
        }

        @Test
        void item7_oneCapturedInquiryReplayedWithFreshExternalIds_isAnsweredOnce() {
            String token = token();
            InboundRequest captured = nicepay.vaCall("inquiry", token, inquiryBody(VA, "INQ-1"), "9000", now());
            Map<String, String> headers = NicepayRequests.copied(captured, "Content-Type", "Authorization",
                    "X-TIMESTAMP", "X-SIGNATURE", "X-PARTNER-ID", "CHANNEL-ID");
            List<String> codes = new ArrayList<>();
            for (int id = 9000; id < 9200; id++) {
                codes.add(code(inbound.handle(NicepayRequests.withHeader(captured, headers, "X-EXTERNAL-ID",
                        String.valueOf(id)))));
            }

            assertThat(codes.get(0)).isEqualTo("2002400");
            assertThat(codes.subList(1, codes.size())).containsOnly("4092400");
        }

        @Test
        void item7_theDayOfAnExternalId_isTheDayOfTheSignedTimestamp_notOfTheServersClock() {
            clock.advance(Duration.between(clock.instant(), Instant.parse("2026-11-30T16:59:40Z"))); // 23:59:40 WIB
            String token = token();
            SnapTimestamp beforeMidnight = now();
            assertThat(code(inbound.handle(nicepay.vaCall("inquiry", token, inquiryBody(VA, "INQ-1"), "5555",
                    beforeMidnight)))).isEqualTo("2002400");
            clock.advance(Duration.ofSeconds(25)); // 00:00:06 WIB the next day on this server

            InboundResponse sameIdSameSignedDay = inbound.handle(nicepay.vaCall("inquiry", token,
                    inquiryBody(VA, "INQ-2"), "5555", SnapTimestamp.at(beforeMidnight.instant().plusSeconds(4))));
            InboundResponse sameIdNextSignedDay = inbound.handle(nicepay.vaCall("inquiry", token,
                    inquiryBody(VA, "INQ-3"), "5555", now()));

            assertThat(code(sameIdSameSignedDay)).isEqualTo("4092400");
            assertThat(code(sameIdNextSignedDay)).isEqualTo("2002400");
        }
    }

    @Nested
    class ConfirmingANotificationByInquiry {

        @Test
        void item8_aContradictedNotification_neverReachesTheReceiver_andIsAskedAgain() {
            inbound = builder().confirmNotifications(n -> Confirmation.CONTRADICTED).build();

            InboundResponse r = deliver("/notify", transactionKey, vaPaid(VA, "FORGED"));

            assertThat(code(r)).isEqualTo("5002500");
            assertThat(received).isEmpty();
        }

        @Test
        void item8_aConfirmedNotification_tellsTheReceiverItWasConfirmed_andAnUnconfirmedOneSaysNotChecked() {
            List<InboundNotification> asked = new CopyOnWriteArrayList<>();
            inbound = builder().confirmNotifications(n -> {
                asked.add(n);
                return Confirmation.CONFIRMED;
            }).build();
            assertThat(code(deliver("/notify", transactionKey, vaPaid(VA, "ORD-1")))).isEqualTo("2002500");
            inbound = builder().build();
            clock.advance(Duration.ofSeconds(1));
            assertThat(code(deliver("/notify", transactionKey, vaPaid(VA, "ORD-2")))).isEqualTo("2002500");

            assertThat(asked).hasSize(1);
            assertThat(confirmations).containsExactly(Confirmation.CONFIRMED, Confirmation.NOT_CHECKED);
        }

        @Test
        void item8_aConfirmerThatThrows_isUnavailable_soNothingIsReceivedAndNicepayRetries() {
            inbound = builder().confirmNotifications(n -> {
                throw new IllegalStateException("NICEPAY unreachable");
            }).build();

            assertThat(code(deliver("/notify", transactionKey, vaPaid(VA, "ORD-1")))).isEqualTo("5002500");
            assertThat(received).isEmpty();
        }
    }

    @Nested
    class NicepaysDocumentedPathsAndSources {

        @Test
        void item9_eachKindAtItsDocumentedPath_isTypedAndAnsweredWithItsServiceCode() {
            Map<String, Object> qris = new LinkedHashMap<>(Map.of("originalReferenceNo", "R1",
                    "originalPartnerReferenceNo", "Q1", "latestTransactionStatus", "00", "externalStoreID", "S1",
                    "amount", Map.of("value", "15000.00", "currency", "IDR"), "additionalInfo", Map.of()));
            Map<String, Object> wallet = new LinkedHashMap<>(Map.of("originalReferenceNo", "R2",
                    "originalPartnerReferenceNo", "E1", "latestTransactionStatus", "00"));
            Map<String, Object> payout = new LinkedHashMap<>(Map.of("originalReferenceNo", "R3",
                    "originalPartnerReferenceNo", "P1", "latestTransactionStatus", "09",
                    "beneficiaryAccountNo", "5345000060"));

            assertThat(code(deliver("/merchant/api/v1.0/transfer-va/payment", transactionKey, vaPaid(VA, "ORD-1"))))
                    .isEqualTo("2002500");
            assertThat(code(deliver("/merchant/api/v1.0/qr/qr-mpm-notify", transactionKey, qris))).isEqualTo("2005200");
            assertThat(code(deliver("/merchant/api/v1.0/debit/notify", transactionKey, wallet))).isEqualTo("2005600");
            assertThat(code(deliver("/merchant/api/v1.0/transfer/notify", transactionKey, payout)))
                    .isEqualTo("2000000");

            assertThat(received).hasSize(4);
            assertThat(received.get(0)).isInstanceOf(InboundNotification.VaPaid.class);
            assertThat(received.get(1)).isInstanceOf(InboundNotification.Qris.class);
            assertThat(received.get(2)).isInstanceOf(InboundNotification.Ewallet.class);
            assertThat(received.get(3)).isInstanceOfSatisfying(InboundNotification.Payout.class,
                    p -> assertThat(p.latestTransactionStatus()).isEqualTo("09"));
        }

        @Test
        void item9_theVaPaymentPathStillServesTheInquiryFlowsPayment_andA40CharacterExternalIdIsAccepted() {
            String token = token();
            String forty = "1234567890".repeat(4);

            InboundResponse r = inbound.handle(nicepay.vaCall("payment", token, paymentBody(VA, "50000.00", "P-1"),
                    forty, now()));

            assertThat(code(r)).isEqualTo("2002500");
            assertThat(bookings).hasValue(1);
            assertThat(code(inbound.handle(nicepay.vaCall("inquiry", token, inquiryBody(VA, "I-1"), forty + "1",
                    now())))).isEqualTo("4002401");
        }

        @Test
        void item9_anAllowList_acceptsNicepaysRanges_andRefusesOtherAndUnknownSources() {
            inbound = builder().allowSources(List.of("103.20.51.0/24", "103.117.8.0/24", "::1/128")).build();
            Map<String, Object> body = vaPaid(VA, "ORD-1");

            InboundResponse outside = inbound.handle(nicepay.notification("/notify", nicepay.rsaHeaders(
                    transactionKey, now()), body).withRemoteAddress("198.51.100.7"));
            InboundResponse unknown = inbound.handle(nicepay.notification("/notify", nicepay.rsaHeaders(
                    transactionKey, now()), body));
            InboundResponse inside = inbound.handle(nicepay.notification("/notify", nicepay.rsaHeaders(
                    transactionKey, now()), body).withRemoteAddress("103.117.8.200"));
            clock.advance(Duration.ofSeconds(1));
            InboundResponse loopback6 = inbound.handle(nicepay.notification("/notify", nicepay.rsaHeaders(
                    transactionKey, now()), vaPaid(VA, "ORD-2")).withRemoteAddress("0:0:0:0:0:0:0:1"));

            assertThat(outside.status()).isEqualTo(403);
            assertThat(unknown.status()).isEqualTo(403);
            assertThat(code(inside)).isEqualTo("2002500");
            assertThat(code(loopback6)).isEqualTo("2002500");
            assertThat(received).hasSize(2);
        }

        @Test
        void item9_aMalformedAllowList_failsTheBuildWithAMessageNamingTheBlock() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder().allowSources(List.of("103.20.51.0/33")))
                    .isInstanceOf(dev.snapgate.domain.error.SnapConfigurationException.class)
                    .hasMessageContaining("103.20.51.0/33").hasMessageContaining("prefix");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder().allowSources(List.of("nicepay.co.id")))
                    .hasMessageContaining("not an IP address or CIDR block");
        }
    }
}
