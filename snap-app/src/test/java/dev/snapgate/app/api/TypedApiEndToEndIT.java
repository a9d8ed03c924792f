package dev.snapgate.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.snapgate.domain.Amount;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapInvalidRequestException;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.domain.error.SnapRejectedException;
import dev.snapgate.api.Balance;
import dev.snapgate.api.CallOptions;
import dev.snapgate.api.EwalletPayment;
import dev.snapgate.api.EwalletPaymentRequest;
import dev.snapgate.api.EwalletRefundRequest;
import dev.snapgate.api.TransactionState;
import dev.snapgate.api.EwalletStatusRequest;
import dev.snapgate.api.internal.Examples;
import dev.snapgate.api.BalanceInquiryRequest;
import dev.snapgate.api.Payout;
import dev.snapgate.api.PayoutAction;
import dev.snapgate.api.PayoutRegistrationRequest;
import dev.snapgate.api.QrisCode;
import dev.snapgate.api.QrisGenerateRequest;
import dev.snapgate.api.QrisQueryRequest;
import dev.snapgate.api.QrisRefundRequest;
import dev.snapgate.api.SettleOptions;
import dev.snapgate.api.VaCreateRequest;
import dev.snapgate.api.VaDeleteRequest;
import dev.snapgate.api.VaStatusRequest;
import dev.snapgate.api.Verdict;
import dev.snapgate.api.VirtualAccount;
import dev.snapgate.domain.notification.NotificationVerifier;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.emulator.NotificationDelivery;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.http.ResilienceSettings;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every family, typed, against the stateful emulator: state machines, notifications, validation, settling. */
class TypedApiEndToEndIT {

    private static final ClientKey MERCHANT = ClientKey.of("IONPAYTEST");
    private static final Secret SECRET = Secret.of("typed-api-client-secret");
    private static final String MID = "IONPAYTEST";
    private static final SettleOptions QUICK = SettleOptions.DEFAULTS.withDeadline(Duration.ofSeconds(20))
            .withPauses(Duration.ofMillis(10), Duration.ofMillis(50));

    private SnapEmulator emulator;
    private SnapClient nicepay;
    private HttpServer merchantSite;
    private final BlockingQueue<Received> notifications = new LinkedBlockingQueue<>();
    private int failuresBeforeOk;

    private record Received(String clientKey, String timestamp, String signature, String body) {
    }

    @BeforeEach
    void start() throws Exception {
        emulator = SnapEmulator.builder().client(MERCHANT, Fixtures.rsa2048Public(), SECRET).start();
        nicepay = SnapClient.builder().baseUrl(emulator.baseUrl())
                .merchant(Merchant.of(MERCHANT, Fixtures.rsa2048().signer(), new HmacSha512Signer(SECRET)))
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofMillis(600))
                .resilience(ResilienceSettings.DEFAULTS.withBackoff(Duration.ofMillis(5), Duration.ofMillis(20)))
                .build();
        merchantSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        merchantSite.createContext("/notify", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean fail;
            synchronized (this) {
                fail = failuresBeforeOk > 0;
                failuresBeforeOk--;
            }
            if (!fail) {
                notifications.add(new Received(exchange.getRequestHeaders().getFirst("X-CLIENT-KEY"),
                        exchange.getRequestHeaders().getFirst("X-TIMESTAMP"),
                        exchange.getRequestHeaders().getFirst("X-SIGNATURE"), new String(body, StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(fail ? 503 : 200, -1);
            exchange.close();
        });
        merchantSite.start();
    }

    @AfterEach
    void stop() {
        merchantSite.stop(0);
        nicepay.close();
        emulator.close();
    }

    private String notifyUrl() {
        return "http://127.0.0.1:" + merchantSite.getAddress().getPort() + "/notify";
    }

    // ------------------------------------------------------------------ virtual accounts

    @Test
    void aVirtualAccount_isUnpaidUntilPaid_thenNotifiedSigned_andAPaidBillCannotBeDeleted() throws Exception {
        VirtualAccount va = nicepay.virtualAccounts().create(VaCreateRequest.of("ORDER-1", "Budi Santoso",
                Amount.idr("25000"), "BMRI").withDbProcessUrl(notifyUrl()));
        assertThat(va.virtualAccountNo()).isNotBlank();
        assertThat(va.tXidVA()).startsWith("IONPAYTEST02");
        assertThat(va.totalAmount()).contains(Amount.idr("25000.00"));

        assertThat(nicepay.virtualAccounts().status(VaStatusRequest.of(va)).state()).contains(TransactionState.VA_UNPAID);

        NotificationDelivery delivery = emulator.payVirtualAccount("ORDER-1").get(10, TimeUnit.SECONDS);

        assertThat(delivery.delivered()).isTrue();
        Received n = notifications.poll(10, TimeUnit.SECONDS);
        assertThat(n.clientKey()).isEqualTo("IONPAYTEST");
        assertThat(NotificationVerifier.builder(emulator.notificationPublicKey()).expectedClientKey(MERCHANT).build()
                .verify(n.clientKey(), n.timestamp(), n.signature()).isValid()).isTrue();
        assertThat(n.body()).contains("\"trxId\":\"ORDER-1\"").contains("\"paidAmount\":{\"value\":\"25000.00\"");
        assertThat(nicepay.virtualAccounts().status(VaStatusRequest.of(va)).state()).contains(TransactionState.VA_PAID);
        assertThatThrownBy(() -> nicepay.virtualAccounts().delete(VaDeleteRequest.of(va, "too late")))
                .isInstanceOfSatisfying(SnapRejectedException.class,
                        e -> assertThat(e.responseCode().orElseThrow().value()).isEqualTo("4043114"));
    }

    @Test
    void anUnpaidVirtualAccount_canBeDeleted_andAnUnknownOneIsNotFound() {
        VirtualAccount va = nicepay.virtualAccounts().create(VaCreateRequest.of("ORDER-2", "Budi", Amount.idr(5000),
                "BNIN"));
        assertThat(nicepay.virtualAccounts().delete(VaDeleteRequest.of(va, "customer left")).state())
                .contains(TransactionState.VA_CANCELLED);

        VaStatusRequest unknown = new VaStatusRequest("   1", "1", "   11", java.util.Optional.empty(),
                Amount.idr(1), "NO-SUCH-ORDER", java.util.Optional.empty());
        assertThatThrownBy(() -> nicepay.virtualAccounts().status(unknown))
                .isInstanceOfSatisfying(SnapRejectedException.class,
                        e -> assertThat(e.responseCode().orElseThrow().value()).isEqualTo("4042601"));
    }

    @Test
    void aNotificationTheMerchantRefuses_isRetried_untilItIsAnswered2xx() throws Exception {
        failuresBeforeOk = 2;
        nicepay.virtualAccounts().create(VaCreateRequest.of("ORDER-3", "Budi", Amount.idr(5000), "BMRI")
                .withDbProcessUrl(notifyUrl()));

        NotificationDelivery delivery = emulator.payVirtualAccount("ORDER-3").get(10, TimeUnit.SECONDS);

        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.delivered()).isTrue();
        assertThat(notifications).hasSize(1);
    }

    // ------------------------------------------------------------------ e-wallet

    @Test
    void anEwalletPayment_settles_isRefundedInParts_andCannotBeRefundedBeyondWhatWasPaid() throws Exception {
        EwalletPayment payment = nicepay.ewallets().pay(EwalletPaymentRequest.of("EW-1", MID, Amount.idr(10000),
                "DANA").withDbProcessUrl(notifyUrl()));
        EwalletStatusRequest status = EwalletStatusRequest.of(MID, "EW-1", payment.referenceNo());
        assertThat(nicepay.ewallets().status(status).state()).contains(TransactionState.EWALLET_INITIATED);

        emulator.settleEwallet("EW-1").get(10, TimeUnit.SECONDS);
        assertThat(notifications.poll(10, TimeUnit.SECONDS).body()).contains("\"latestTransactionStatus\":\"00\"");
        assertThat(nicepay.ewallets().status(status).state()).contains(TransactionState.EWALLET_SUCCESS);

        assertThat(nicepay.ewallets().refund(EwalletRefundRequest.of("RF-1", MID, payment, Amount.idr(6000), "part"))
                .refundAmount()).contains(Amount.idr(6000));
        assertThatThrownBy(() -> nicepay.ewallets().refund(EwalletRefundRequest.of("RF-2", MID, payment,
                Amount.idr(4001), "too much"))).isInstanceOfSatisfying(SnapRejectedException.class,
                        e -> assertThat(e.responseCode().orElseThrow().value()).isEqualTo("4045813"));
        nicepay.ewallets().refund(EwalletRefundRequest.of("RF-3", MID, payment, Amount.idr(4000), "rest"));
        assertThat(nicepay.ewallets().status(status).state()).contains(TransactionState.EWALLET_REFUNDED);
    }

    // ------------------------------------------------------------------ QRIS

    @Test
    void aQrisOrder_isPendingUntilPaid_thenRefundable() throws Exception {
        QrisCode code = nicepay.qris().generate(QrisGenerateRequest.of("QR-1", Amount.idr(15000), MID, "STORE01")
                .withDbProcessUrl(notifyUrl()));
        assertThat(code.qrContent()).startsWith("000201");
        QrisQueryRequest query = QrisQueryRequest.of(code, MID, "STORE01");
        assertThat(nicepay.qris().query(query).state()).contains(TransactionState.QRIS_PENDING);
        assertThatThrownBy(() -> nicepay.qris().refund(new QrisRefundRequest(code.referenceNo(), "QR-1", "RQ-0", MID,
                "STORE01", Amount.idr(1), "unpaid"))).isInstanceOf(SnapRejectedException.class);

        emulator.payQris("QR-1").get(10, TimeUnit.SECONDS);

        assertThat(notifications.poll(10, TimeUnit.SECONDS).body()).contains("\"externalStoreID\":\"STORE01\"");
        assertThat(nicepay.qris().query(query).state()).contains(TransactionState.QRIS_PAID);
        assertThat(nicepay.qris().refund(new QrisRefundRequest(code.referenceNo(), "QR-1", "RQ-1", MID, "STORE01",
                Amount.idr(15000), "returned")).partnerRefundNo()).isEqualTo("RQ-1");
        assertThat(nicepay.qris().query(query).state()).contains(TransactionState.QRIS_REFUNDED);
    }

    // ------------------------------------------------------------------ payouts

    @Test
    void aPayout_movesFromRegistration_toApproved_toSuccess_andTheBalanceFollows() {
        Amount before = nicepay.payouts().balance(BalanceInquiryRequest.of("1234567890")).availableBalance().orElseThrow();
        Payout registered = nicepay.payouts().register(PayoutRegistrationRequest.of("PO-1", MID, "5345000060",
                "Siti Rahma", "0812345678",
                "BMRI", "1", Amount.idr(150000)));
        assertThat(registered.state()).contains(TransactionState.PAYOUT_PENDING);
        assertThat(registered.response().responseCode().value()).isEqualTo("2000000");

        Payout approved = nicepay.payouts().approve(PayoutAction.approve(registered, MID));

        assertThat(approved.state()).contains(TransactionState.PAYOUT_SUCCESS);
        Balance after = nicepay.payouts().balance(BalanceInquiryRequest.of("1234567890"));
        assertThat(after.availableBalance()).contains(before.minus(Amount.idr(150000)));
        assertThat(nicepay.payouts().inquiry(PayoutAction.inquiry(registered, MID)).state())
                .contains(TransactionState.PAYOUT_SUCCESS);
        assertThatThrownBy(() -> nicepay.payouts().cancel(PayoutAction.cancel(registered, MID)))
                .isInstanceOf(SnapRejectedException.class);
    }

    @Test
    void aPayout_canBeRejectedOrCancelled_andAFailedOneSaysSo() {
        Payout a = nicepay.payouts().register(PayoutRegistrationRequest.of("PO-2", MID, "1", "A", "0812345678",
                "BMRI", "1",
                Amount.idr(1)));
        Payout b = nicepay.payouts().register(PayoutRegistrationRequest.of("PO-3", MID, "2", "B", "0812345678",
                "BMRI", "1",
                Amount.idr(1)));
        Payout c = nicepay.payouts().register(PayoutRegistrationRequest.of("PO-4", MID, "3", "C", "0812345678",
                "BMRI", "1",
                Amount.idr(1)));
        emulator.failPayout("PO-4");

        assertThat(nicepay.payouts().reject(PayoutAction.reject(a, MID)).state()).contains(TransactionState.of(TransactionState.Family.PAYOUT, "05"));
        assertThat(nicepay.payouts().cancel(PayoutAction.cancel(b, MID)).state()).contains(TransactionState.of(TransactionState.Family.PAYOUT, "04"));
        assertThat(nicepay.payouts().approve(PayoutAction.approve(c, MID)).state()).contains(TransactionState.PAYOUT_FAILED);
        assertThatThrownBy(() -> nicepay.payouts().approve(PayoutAction.cancel(a, MID)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PayoutAction.approve");
    }

    // ------------------------------------------------------------------ validation

    @Test
    void anInvalidTypedRequest_namesTheFieldRuleAndLength_andNothingIsSent() {
        String longOrder = "O".repeat(41);
        assertThatThrownBy(() -> nicepay.virtualAccounts().create(VaCreateRequest.of(longOrder, "Budi",
                Amount.idr(1), "BMRI")))
                .isInstanceOfSatisfying(SnapInvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("trxId");
                    assertThat(e.rule()).isEqualTo(SnapInvalidRequestException.Rule.MAX_LENGTH);
                    assertThat(e.getMessage()).contains("41 characters").contains("at most 40")
                            .doesNotContain(longOrder);
                });
        assertThatThrownBy(() -> nicepay.payouts().register(PayoutRegistrationRequest.of("PO-9", MID, "12-34", "A",
                "0812345678",
                "BMRI", "1", Amount.idr(1)))).isInstanceOfSatisfying(SnapInvalidRequestException.class,
                        e -> assertThat(e.rule()).isEqualTo(SnapInvalidRequestException.Rule.NUMERIC));
        assertThat(emulator.journal().tokenRequests()).isEmpty();
        assertThat(emulator.issuedTokenCount()).isZero();
    }

    // ------------------------------------------------------------------ settling unknown outcomes

    @Test
    void anApproveWhoseAnswerWasLost_isSettledAsReceived_byInquiry_andNeverResent() throws Exception {
        Payout registered = nicepay.payouts().register(PayoutRegistrationRequest.of("PO-5", MID, "5345000060",
                "Siti", "0812345678",
                "BMRI", "1", Amount.idr(1000)));
        emulator.faults().service(SnapService.PAYOUT_APPROVE).next(1).delay(Duration.ofMillis(1500));
        PayoutAction approve = PayoutAction.approve(registered, MID);

        assertThatThrownBy(() -> nicepay.payouts().approve(approve)).isInstanceOf(SnapOutcomeUnknownException.class);
        Verdict verdict = nicepay.settle(approve, QUICK);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Received.class,
                r -> assertThat(r.state()).isEqualTo(TransactionState.PAYOUT_SUCCESS));
        assertThat(emulator.journal().serviceRequests(SnapService.PAYOUT_APPROVE)).hasSize(1);
    }

    /**
     * The crash-safe pattern: the platform records its intent (reference and its own external ID) before sending;
     * the answer is lost; what was recorded is enough to settle, and the same external ID can never create twice.
     */
    @Test
    void aCreateSentWithTheCallersOwnExternalId_isSettledFromTheRecordedIntent_andTheIdCannotCreateTwice() {
        String externalId = "20261204000000000000000000000000042";
        VaCreateRequest intent = VaCreateRequest.of("ORDER-CRASH", "Budi Santoso", Amount.idr("25000"), "BMRI");
        emulator.faults().service(SnapService.VA_CREATE).next(1).delay(Duration.ofMillis(1500));

        assertThatThrownBy(() -> nicepay.virtualAccounts().create(intent, CallOptions.externalId(externalId)))
                .isInstanceOf(SnapOutcomeUnknownException.class);
        assertThat(emulator.journal().serviceRequests(SnapService.VA_CREATE)).singleElement()
                .satisfies(r -> assertThat(r.header("X-EXTERNAL-ID")).isEqualTo(externalId));

        Verdict verdict = nicepay.settle(intent, QUICK);
        assertThat(verdict).isInstanceOf(Verdict.Received.class);
        // a platform that resends after a crash with the recorded ID is refused, not charged twice
        assertThatThrownBy(() -> nicepay.virtualAccounts().create(intent, CallOptions.externalId(externalId)))
                .isInstanceOfSatisfying(SnapRejectedException.class,
                        e -> assertThat(e.responseCode().orElseThrow().value()).startsWith("409"));
        assertThat(emulator.journal().serviceRequests(SnapService.VA_CREATE)).hasSize(2);
        assertThatThrownBy(() -> CallOptions.externalId("ORDER-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 36 decimal digits");
    }

    @Test
    void aPaymentThatNeverArrived_isSettledAsNotReceived() {
        emulator.faults().service(SnapService.EWALLET_PAYMENT).next(1).respond(500, "5005400");
        EwalletPaymentRequest pay = EwalletPaymentRequest.of("EW-LOST", MID, Amount.idr(10000), "OVOE");

        assertThatThrownBy(() -> nicepay.ewallets().pay(pay)).isInstanceOf(SnapOutcomeUnknownException.class);
        Verdict verdict = nicepay.settle(pay, QUICK);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.NotReceived.class,
                n -> assertThat(n.responseCode().value()).isEqualTo("4045501"));
        assertThat(verdict.isKnown()).isTrue();
        assertThat(emulator.journal().serviceRequests(SnapService.EWALLET_PAYMENT)).hasSize(1);
    }

    @Test
    void aSuspectPayout_isPolledUntilNicepayKnows() throws Exception {
        Payout registered = nicepay.payouts().register(PayoutRegistrationRequest.of("PO-6", MID, "5345000060",
                "Siti", "0812345678",
                "BMRI", "1", Amount.idr(1000)));
        emulator.holdPayoutAsSuspect("PO-6");
        emulator.faults().service(SnapService.PAYOUT_APPROVE).next(1).delay(Duration.ofMillis(1500));
        PayoutAction approve = PayoutAction.approve(registered, MID);
        assertThatThrownBy(() -> nicepay.payouts().approve(approve)).isInstanceOf(SnapOutcomeUnknownException.class);

        CompletableFuture<Verdict> settling = CompletableFuture.supplyAsync(() -> nicepay.settle(approve, QUICK));
        assertThat(emulator.awaitHandled(SnapService.PAYOUT_INQUIRY, 3, Duration.ofSeconds(10))).isTrue();
        assertThat(settling).isNotDone(); // still suspect: it keeps asking
        emulator.completePayout("PO-6");

        Verdict verdict = settling.get(20, TimeUnit.SECONDS);
        assertThat(verdict).isInstanceOfSatisfying(Verdict.Received.class,
                r -> assertThat(r.state()).isEqualTo(TransactionState.PAYOUT_SUCCESS));
        assertThat(emulator.journal().serviceRequests(SnapService.PAYOUT_APPROVE)).hasSize(1);
    }

    @Test
    void aSuspectThatOutlastsTheDeadline_isUndecided_neverNotReceived() {
        Payout registered = nicepay.payouts().register(PayoutRegistrationRequest.of("PO-7", MID, "5345000060",
                "Siti", "0812345678",
                "BMRI", "1", Amount.idr(1000)));
        emulator.holdPayoutAsSuspect("PO-7");
        PayoutAction approve = PayoutAction.approve(registered, MID);
        nicepay.payouts().approve(approve);

        Verdict verdict = nicepay.settle(approve, QUICK.withDeadline(Duration.ofMillis(200)));

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Undecided.class,
                u -> assertThat(u.lastState()).contains(TransactionState.PAYOUT_SUSPECT));
        assertThat(verdict.isKnown()).isFalse();
    }

    @Test
    void everyExample_isValid_soTheCliCanPrintIt() {
        for (SnapService s : SnapService.values()) {
            assertThat(dev.snapgate.api.schema.RequestRules.violations(s, Examples.of(s).toBody())).as(s.name())
                    .isEmpty();
        }
    }

    @Test
    void theAsyncApi_createsAndReads_onThePlatformsExecutor_andSettlesWithoutAResend() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            dev.snapgate.api.AsyncNicepayApi async = nicepay.api(MERCHANT).async(pool);
            VaCreateRequest create = VaCreateRequest.of("ORDER-ASYNC", "Budi Santoso", Amount.idr("15000"), "BMRI");

            VirtualAccount status = async.call(a -> a.virtualAccounts().create(create))
                    .thenCompose(va -> async.call(a -> a.virtualAccounts().status(VaStatusRequest.of(va))))
                    .get(60, java.util.concurrent.TimeUnit.SECONDS);
            Verdict verdict = async.settle(create, QUICK).get(60, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(status.state()).contains(TransactionState.VA_UNPAID);
            assertThat(verdict).isInstanceOf(Verdict.Received.class);
            assertThat(emulator.journal().serviceRequests(SnapService.VA_CREATE)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
