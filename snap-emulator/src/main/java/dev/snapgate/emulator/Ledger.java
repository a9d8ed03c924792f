package dev.snapgate.emulator;

import static dev.snapgate.api.schema.Fields.*;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.api.schema.FieldRule;
import dev.snapgate.api.schema.RequestRules;
import dev.snapgate.domain.service.SnapService;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What each merchant created at the emulated NICEPAY, and the state machines NICEPAY runs on it: VAs (created
 * {@code 03} unpaid → paid {@code 00} or deleted {@code 04}), e-wallet payments ({@code 01} → settled {@code 00} →
 * refunded {@code 04}), QRIS orders ({@code 03} → paid {@code 00} → refunded {@code 04}) and payouts (registered
 * {@code 03} → approved {@code 00}, or failed {@code 09}, suspect {@code 08}, cancelled {@code 04}, rejected
 * {@code 05}). Lives in memory only: a restart forgets everything. One lock; the emulator is a test tool.
 */
final class Ledger {

    /** An answer: HTTP status and body. */
    record Answer(int status, Map<String, Object> body) {
    }

    /** A notification to deliver after a simulated payment. */
    record Notice(ClientKey merchant, String url, Map<String, Object> body) {
    }

    static final class Va {
        ClientKey merchant;
        String partnerServiceId;
        String customerNo;
        String virtualAccountNo;
        String virtualAccountName;
        String trxId;
        Amount amount;
        String bankCd;
        String tXidVA;
        String state = "03";
        Map<String, Object> info;
    }

    static final class Payment {
        ClientKey merchant;
        SnapService kind;
        String partnerReferenceNo;
        String referenceNo;
        String merchantId;
        String storeId;
        Amount amount;
        Amount refunded;
        String state;
        Map<String, Object> info;
        final List<String> refundNos = new ArrayList<>();
    }

    static final class Transfer {
        ClientKey merchant;
        String partnerReferenceNo;
        String referenceNo;
        String beneficiaryAccountNo;
        Amount amount;
        String state = "03";
        boolean failOnApprove;
        boolean suspectOnApprove;
    }

    private static final DateTimeFormatter TXID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong(1000);
    private final Map<String, Va> vas = new LinkedHashMap<>();
    private final Map<String, Payment> payments = new LinkedHashMap<>();
    private final Map<String, Transfer> transfers = new LinkedHashMap<>();
    private final Map<ClientKey, Amount> balances = new LinkedHashMap<>();
    private final Map<SnapService, Integer> handled = new java.util.EnumMap<>(SnapService.class);
    volatile Amount openingBalance = Amount.idr("100000000.00");

    Ledger(Clock clock) {
        this.clock = clock;
    }

    // ------------------------------------------------------------------ dispatch

    synchronized Answer handle(SnapService service, ClientKey merchant, Map<String, Object> body) {
        try {
            return dispatch(service, merchant, body);
        } finally {
            handled.merge(service, 1, Integer::sum);
            notifyAll();
        }
    }

    /** Waits until {@code count} requests of {@code service} were handled; false when {@code timeout} passed first. */
    synchronized boolean awaitHandled(SnapService service, int count, java.time.Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (handled.getOrDefault(service, 0) < count) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private Answer dispatch(SnapService service, ClientKey merchant, Map<String, Object> body) {
        int sc = service.code().value();
        List<FieldRule.Violation> violations = RequestRules.violations(service, body);
        if (!violations.isEmpty()) {
            FieldRule.Violation v = violations.get(0);
            SnapEmulatorTransformer.why("field", v.field());
            SnapEmulatorTransformer.why("rule", v.message());
            return v.rule() == dev.snapgate.domain.error.SnapInvalidRequestException.Rule.MANDATORY
                    ? error(400, sc, 2, "Invalid Mandatory Field " + v.field())
                    : error(400, sc, 1, "Invalid Field Format " + v.field());
        }
        if (!deliverable(body.get(ADDITIONAL_INFO) instanceof Map<?, ?> info ? info.get(DB_PROCESS_URL) : null)) {
            return error(400, sc, 1, "Invalid Field Format additionalInfo.dbProcessUrl");
        }
        return switch (service) {
            case VA_CREATE -> vaCreate(merchant, body);
            case VA_STATUS -> vaStatus(merchant, body);
            case VA_DELETE -> vaDelete(merchant, body);
            case EWALLET_PAYMENT, QRIS_GENERATE -> paymentCreate(merchant, service, body);
            case EWALLET_STATUS, QRIS_QUERY -> paymentStatus(merchant, service, body);
            case EWALLET_REFUND, QRIS_REFUND -> refund(merchant, service, body);
            case BALANCE_INQUIRY -> balance(merchant);
            case PAYOUT_REGISTRATION -> payoutRegister(merchant, body);
            case PAYOUT_APPROVE, PAYOUT_CANCEL, PAYOUT_REJECT, PAYOUT_INQUIRY -> payoutAction(merchant, service, body);
        };
    }

    /** Every VA, payment and payout, oldest first, as the console lists them (no secret is held here). */
    synchronized List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Va va : vas.values()) {
            rows.add(row("VA", va.merchant, va.trxId, va.virtualAccountNo, va.amount, va.state,
                    vaDescription(va.state), List.of("pay-va")));
        }
        for (Payment p : payments.values()) {
            boolean qris = p.kind == SnapService.QRIS_GENERATE;
            rows.add(row(qris ? "QRIS" : "E-wallet", p.merchant, p.partnerReferenceNo, p.referenceNo, p.amount,
                    p.state, paymentDescription(p.state), qris ? List.of("pay-qris") : List.of("settle-ewallet", "fail-ewallet")));
        }
        for (Transfer t : transfers.values()) {
            rows.add(row("Payout", t.merchant, t.partnerReferenceNo, t.referenceNo, t.amount, t.state,
                    payoutDescription(t.state), List.of("complete-payout", "fail-payout", "suspect-payout")));
        }
        return rows;
    }

    private static Map<String, Object> row(String kind, ClientKey merchant, String reference, String number,
            Amount amount, String state, String description, List<String> actions) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", kind);
        r.put("merchant", merchant.value());
        r.put("reference", reference);
        r.put("number", number == null ? "" : number);
        r.put(AMOUNT, amount.toString());
        r.put("state", state);
        r.put("stateDescription", description);
        r.put("actions", actions);
        return r;
    }

    /**
     * A notification URL the emulator can deliver to: absent or empty, or an absolute {@code http}/{@code https} URL
     * with a host. Refused at creation, so a delivery can never fail on the URL itself.
     */
    static boolean deliverable(Object dbProcessUrl) {
        if (dbProcessUrl == null || dbProcessUrl instanceof String s && s.isEmpty()) {
            return true;
        }
        if (!(dbProcessUrl instanceof String text)) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ virtual accounts

    private Answer vaCreate(ClientKey merchant, Map<String, Object> body) {
        String trxId = str(body, TRX_ID);
        if (vas.containsKey(key(merchant, trxId))) {
            return error(409, 27, 1, "Duplicate trxId");
        }
        Map<String, Object> info = obj(body, ADDITIONAL_INFO);
        Va va = new Va();
        va.merchant = merchant;
        va.partnerServiceId = str(body, PARTNER_SERVICE_ID);
        va.customerNo = str(body, CUSTOMER_NO);
        String number = str(body, VIRTUAL_ACCOUNT_NO);
        va.virtualAccountNo = number.isBlank() ? "8" + String.format("%015d", sequence.incrementAndGet()) : number;
        va.virtualAccountName = str(body, VIRTUAL_ACCOUNT_NAME);
        va.trxId = trxId;
        va.amount = Amount.fromWire(body.get(TOTAL_AMOUNT)).orElseThrow();
        va.bankCd = str(info, BANK_CD);
        va.tXidVA = txid(merchant, "02");
        va.info = info;
        vas.put(key(merchant, trxId), va);
        return ok(27, Map.of(VIRTUAL_ACCOUNT_DATA, vaData(va, false)));
    }

    private Answer vaStatus(ClientKey merchant, Map<String, Object> body) {
        Map<String, Object> info = obj(body, ADDITIONAL_INFO);
        Optional<Va> va = findVa(merchant, str(info, TRX_ID), str(body, VIRTUAL_ACCOUNT_NO));
        if (va.isEmpty()) {
            return error(404, 26, 1, "Transaction Not Found");
        }
        return ok(26, Map.of(VIRTUAL_ACCOUNT_DATA, vaData(va.get(), true)));
    }

    private Answer vaDelete(ClientKey merchant, Map<String, Object> body) {
        Optional<Va> found = findVa(merchant, str(body, TRX_ID), str(body, VIRTUAL_ACCOUNT_NO));
        if (found.isEmpty()) {
            return error(404, 31, 12, "Invalid Bill/Virtual Account");
        }
        Va va = found.get();
        if (va.state.equals("00")) {
            return error(404, 31, 14, "Paid Bill");
        }
        if (va.state.equals("04")) {
            return error(404, 31, 0, "Invalid Transaction Status. The virtual account is already cancelled");
        }
        va.state = "04";
        return ok(31, Map.of(VIRTUAL_ACCOUNT_DATA, vaData(va, true)));
    }

    private Optional<Va> findVa(ClientKey merchant, String trxId, String number) {
        Va byTrx = vas.get(key(merchant, trxId));
        if (byTrx != null) {
            return Optional.of(byTrx);
        }
        return vas.values().stream().filter(v -> v.merchant.equals(merchant) && !number.isBlank()
                && v.virtualAccountNo.strip().equals(number.strip())).findFirst();
    }

    private Map<String, Object> vaData(Va va, boolean withState) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(PARTNER_SERVICE_ID, va.partnerServiceId);
        data.put(CUSTOMER_NO, va.customerNo);
        data.put(VIRTUAL_ACCOUNT_NO, va.virtualAccountNo);
        data.put(VIRTUAL_ACCOUNT_NAME, va.virtualAccountName);
        data.put(TRX_ID, va.trxId);
        data.put(TOTAL_AMOUNT, va.amount.toWire());
        if (withState) {
            data.put(LATEST_TRANSACTION_STATUS, va.state);
            data.put(TRANSACTION_STATUS_DESC, vaDescription(va.state));
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put(BANK_CD, va.bankCd);
        info.put(T_XID_VA, va.tXidVA);
        copy(va.info, info, GOODS_NM, VACCT_VALID_DT, VACCT_VALID_TM);
        data.put(ADDITIONAL_INFO, info);
        return data;
    }

    private static String payoutDescription(String state) {
        return switch (state) {
            case "00" -> "Success";
            case "03" -> "Pending";
            case "04" -> "Cancelled";
            case "05" -> "Rejected";
            case "08" -> "Pending (suspect)";
            default -> "Failed";
        };
    }

    private static String vaDescription(String state) {
        return switch (state) {
            case "00" -> "Paid";
            case "03" -> "Unpaid";
            case "04" -> "Cancelled";
            default -> "Reversal";
        };
    }

    /**
     * A customer pays the VA with this {@code trxId} (or number); the notification to send, if it has a
     * {@code dbProcessUrl}.
     *
     * @throws IllegalStateException when there is no unpaid VA with that reference
     */
    synchronized Optional<Notice> payVa(String reference) {
        Optional<Va> found = vas.values().stream().filter(v -> v.trxId.equals(reference)
                || v.virtualAccountNo.strip().equals(reference.strip())).findFirst();
        if (found.isEmpty() || !found.get().state.equals("03")) {
            throw new IllegalStateException("no unpaid virtual account with trxId or number '" + reference + "'"
                    + found.map(v -> " (its state is " + v.state + ")").orElse(""));
        }
        Va va = found.get();
        va.state = "00";
        String url = str(va.info, DB_PROCESS_URL);
        if (!url.isBlank()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put(PARTNER_SERVICE_ID, va.partnerServiceId);
            n.put(CUSTOMER_NO, va.customerNo);
            n.put(VIRTUAL_ACCOUNT_NO, va.virtualAccountNo);
            n.put(VIRTUAL_ACCOUNT_NAME, va.virtualAccountName);
            n.put(TRX_ID, va.trxId);
            n.put(PAYMENT_REQUEST_ID, String.valueOf(sequence.incrementAndGet()));
            n.put(PAID_AMOUNT, va.amount.toWire());
            n.put("trxDateTime", SnapTimestamp.now(clock).value());
            n.put(ADDITIONAL_INFO, new LinkedHashMap<>(Map.of(BANK_CD, va.bankCd, T_XID_VA, va.tXidVA,
                    LATEST_TRANSACTION_STATUS, "00", TRANSACTION_STATUS_DESC, "Paid")));
            return Optional.of(new Notice(va.merchant, url, n));
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ e-wallet and QRIS

    private Answer paymentCreate(ClientKey merchant, SnapService service, Map<String, Object> body) {
        int sc = service.code().value();
        String reference = str(body, PARTNER_REFERENCE_NO);
        if (payments.containsKey(key(merchant, reference))) {
            return error(409, sc, 1, "Duplicate partnerReferenceNo");
        }
        Payment p = new Payment();
        p.merchant = merchant;
        p.kind = service;
        p.partnerReferenceNo = reference;
        p.referenceNo = txid(merchant, service == SnapService.QRIS_GENERATE ? "08" : "05");
        p.merchantId = str(body, MERCHANT_ID);
        p.storeId = str(body, STORE_ID);
        p.amount = Amount.fromWire(body.get(AMOUNT)).orElseThrow();
        p.refunded = new Amount(java.math.BigDecimal.ZERO, p.amount.currency());
        p.state = service == SnapService.QRIS_GENERATE ? "03" : "01";
        p.info = obj(body, ADDITIONAL_INFO);
        payments.put(key(merchant, reference), p);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(REFERENCE_NO, p.referenceNo);
        answer.put(PARTNER_REFERENCE_NO, reference);
        if (service == SnapService.QRIS_GENERATE) {
            answer.put(QR_CONTENT, "00020101021226570011ID.CO.QRIS.WWW0215ID20200000000010303UMI51440014ID.CO.QRIS"
                    + ".WWW0215ID2020000000001" + "5303360540" + p.amount.value().toPlainString().length()
                    + p.amount.value().toPlainString() + "5802ID6304EMU0");
            answer.put(QR_URL, "http://emulator.invalid/qr/" + p.referenceNo);
        } else {
            answer.put(WEB_REDIRECT_URL, "http://emulator.invalid/ewallet/" + p.referenceNo);
        }
        answer.put(ADDITIONAL_INFO, new LinkedHashMap<>(Map.of("emulated", "true")));
        return ok(sc, answer);
    }

    private Answer paymentStatus(ClientKey merchant, SnapService service, Map<String, Object> body) {
        int sc = service.code().value();
        Optional<Payment> found = findPayment(merchant, str(body, ORIGINAL_PARTNER_REFERENCE_NO),
                str(body, ORIGINAL_REFERENCE_NO));
        SnapService kind = service == SnapService.QRIS_QUERY ? SnapService.QRIS_GENERATE : SnapService.EWALLET_PAYMENT;
        if (found.isEmpty() || found.get().kind != kind) {
            return error(404, sc, 1, "Transaction Not Found");
        }
        Payment p = found.get();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(ORIGINAL_REFERENCE_NO, p.referenceNo);
        answer.put(ORIGINAL_PARTNER_REFERENCE_NO, p.partnerReferenceNo);
        answer.put(SERVICE_CODE, kind == SnapService.QRIS_GENERATE ? "47" : "54");
        answer.put(LATEST_TRANSACTION_STATUS, p.state);
        answer.put(TRANSACTION_STATUS_DESC, paymentDescription(p.state));
        answer.put(AMOUNT, p.amount.toWire());
        answer.put(REFUND_AMOUNT, p.refunded.toWire());
        // NICEPAY's Java client reads additionalInfo as a map of strings: nothing but strings goes in it
        answer.put(ADDITIONAL_INFO, new LinkedHashMap<>());
        return ok(sc, answer);
    }

    private Answer refund(ClientKey merchant, SnapService service, Map<String, Object> body) {
        int sc = service.code().value();
        SnapService kind = service == SnapService.QRIS_REFUND ? SnapService.QRIS_GENERATE : SnapService.EWALLET_PAYMENT;
        Optional<Payment> found = findPayment(merchant, str(body, ORIGINAL_PARTNER_REFERENCE_NO),
                str(body, ORIGINAL_REFERENCE_NO));
        if (found.isEmpty() || found.get().kind != kind) {
            return error(404, sc, 1, "Transaction Not Found");
        }
        Payment p = found.get();
        String refundNo = str(body, PARTNER_REFUND_NO);
        if (p.refundNos.contains(refundNo)) {
            return error(409, sc, 1, "Duplicate partnerRefundNo");
        }
        if (!p.state.equals("00") && !p.state.equals("04")) {
            return error(404, sc, 0, "Invalid Transaction Status. Only a paid transaction can be refunded");
        }
        Amount asked = Amount.fromWire(body.get(REFUND_AMOUNT)).orElseThrow();
        if (!asked.currency().equals(p.amount.currency()) || p.refunded.plus(asked).compareTo(p.amount) > 0) {
            return error(404, sc, 13, "Invalid Amount. The refunds would exceed the paid amount");
        }
        p.refunded = p.refunded.plus(asked);
        p.refundNos.add(refundNo);
        if (p.refunded.compareTo(p.amount) == 0) {
            p.state = "04";
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(ORIGINAL_REFERENCE_NO, p.referenceNo);
        answer.put(ORIGINAL_PARTNER_REFERENCE_NO, p.partnerReferenceNo);
        answer.put(REFERENCE_NO, txid(merchant, "09"));
        answer.put(REFUND_NO, answer.get(REFERENCE_NO));
        answer.put(PARTNER_REFUND_NO, refundNo);
        answer.put(REFUND_AMOUNT, asked.toWire());
        answer.put(REFUND_TIME, SnapTimestamp.now(clock).value());
        answer.put(ADDITIONAL_INFO, new LinkedHashMap<>());
        return ok(sc, answer);
    }

    private Optional<Payment> findPayment(ClientKey merchant, String partnerReference, String reference) {
        Payment byPartner = payments.get(key(merchant, partnerReference));
        if (byPartner != null) {
            return Optional.of(byPartner);
        }
        return payments.values().stream().filter(p -> p.merchant.equals(merchant) && !reference.isBlank()
                && p.referenceNo.equals(reference)).findFirst();
    }

    private static String paymentDescription(String state) {
        return switch (state) {
            case "00" -> "Success";
            case "01" -> "Initiated";
            case "03" -> "Pending";
            case "04" -> "Refunded";
            case "05" -> "Cancelled";
            default -> "Failed";
        };
    }

    /**
     * The customer pays the QRIS order, or the e-wallet payment settles, with this partner reference (or NICEPAY
     * reference); the notification to send, if it has a {@code dbProcessUrl}.
     *
     * @throws IllegalStateException when there is no open one of that kind
     */
    synchronized Optional<Notice> settlePayment(SnapService kind, String reference) {
        return finishPayment(kind, reference, "00");
    }

    /** An open e-wallet payment fails ({@code 06}); the notification to send, if it has a {@code dbProcessUrl}. */
    synchronized Optional<Notice> failPayment(SnapService kind, String reference) {
        return finishPayment(kind, reference, "06");
    }

    private Optional<Notice> finishPayment(SnapService kind, String reference, String finalState) {
        Optional<Payment> found = payments.values().stream().filter(p -> p.kind == kind
                && (p.partnerReferenceNo.equals(reference) || p.referenceNo.equals(reference))).findFirst();
        if (found.isEmpty() || !(found.get().state.equals("01") || found.get().state.equals("03"))) {
            throw new IllegalStateException("no open " + (kind == SnapService.QRIS_GENERATE ? "QRIS order"
                    : "e-wallet payment") + " with reference '" + reference + "'"
                    + found.map(p -> " (its state is " + p.state + ")").orElse(""));
        }
        Payment p = found.get();
        p.state = finalState;
        String url = str(p.info, DB_PROCESS_URL);
        if (!url.isBlank()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put(ORIGINAL_REFERENCE_NO, p.referenceNo);
            n.put(ORIGINAL_PARTNER_REFERENCE_NO, p.partnerReferenceNo);
            n.put(LATEST_TRANSACTION_STATUS, finalState);
            n.put(TRANSACTION_STATUS_DESC, paymentDescription(finalState));
            n.put(AMOUNT, p.amount.toWire());
            if (kind == SnapService.QRIS_GENERATE) {
                n.put(QRIS_NOTIFICATION_EXTERNAL_STORE_ID, p.storeId);
                n.put("transactionDateTime", SnapTimestamp.now(clock).value());
                n.put(ADDITIONAL_INFO, new LinkedHashMap<>());
            } else {
                n.put(MERCHANT_ID, p.merchantId);
                n.put("finishedTime", SnapTimestamp.now(clock).value());
                n.put(ADDITIONAL_INFO, new LinkedHashMap<>(Map.of(MITRA_CD, str(p.info, MITRA_CD))));
            }
            return Optional.of(new Notice(p.merchant, url, n));
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ payouts

    private Answer balance(ClientKey merchant) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("availableBalance", balances.getOrDefault(merchant, openingBalance).toWire());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(ACCOUNT_NO, "");
        answer.put("accountInfos", List.of(account));
        answer.put(ADDITIONAL_INFO, new LinkedHashMap<>());
        return ok(11, answer);
    }

    private Answer payoutRegister(ClientKey merchant, Map<String, Object> body) {
        String reference = str(body, PARTNER_REFERENCE_NO);
        if (transfers.containsKey(key(merchant, reference))) {
            return error(409, 0, 1, "Duplicate partnerReferenceNo");
        }
        Transfer t = new Transfer();
        t.merchant = merchant;
        t.partnerReferenceNo = reference;
        t.referenceNo = txid(merchant, "07");
        t.beneficiaryAccountNo = str(body, BENEFICIARY_ACCOUNT_NO);
        t.amount = Amount.fromWire(body.get(AMOUNT)).orElseThrow();
        transfers.put(key(merchant, reference), t);
        return ok(0, payoutData(t));
    }

    private Answer payoutAction(ClientKey merchant, SnapService service, Map<String, Object> body) {
        Transfer t = transfers.get(key(merchant, str(body, ORIGINAL_PARTNER_REFERENCE_NO)));
        String reference = str(body, ORIGINAL_REFERENCE_NO);
        if (t == null || !reference.isBlank() && !reference.equals(t.referenceNo)) {
            return error(404, 0, 1, "Transaction Not Found");
        }
        if (service == SnapService.PAYOUT_INQUIRY) {
            return ok(0, payoutData(t));
        }
        if (!t.state.equals("03")) {
            return error(404, 0, 0, "Invalid Transaction Status. The payout is no longer pending");
        }
        switch (service) {
            case PAYOUT_APPROVE -> {
                Amount available = balances.getOrDefault(merchant, openingBalance);
                if (available.compareTo(t.amount) < 0) {
                    return error(403, 0, 14, "Insufficient Funds");
                }
                balances.put(merchant, available.minus(t.amount));
                t.state = t.failOnApprove ? "09" : t.suspectOnApprove ? "08" : "00";
                if (t.failOnApprove) {
                    balances.put(merchant, available);
                }
            }
            case PAYOUT_CANCEL -> t.state = "04";
            default -> t.state = "05";
        }
        return ok(0, payoutData(t));
    }

    private static Map<String, Object> payoutData(Transfer t) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(ORIGINAL_PARTNER_REFERENCE_NO, t.partnerReferenceNo);
        data.put(ORIGINAL_REFERENCE_NO, t.referenceNo);
        data.put(BENEFICIARY_ACCOUNT_NO, t.beneficiaryAccountNo);
        data.put(AMOUNT, t.amount.toWire());
        data.put(LATEST_TRANSACTION_STATUS, t.state);
        data.put(TRANSACTION_STATUS_DESC, payoutDescription(t.state));
        data.put(ADDITIONAL_INFO, new LinkedHashMap<>());
        return data;
    }

    /** Changes what a payout does when approved, or (already approved) what it became. False when unknown. */
    synchronized boolean steerPayout(String partnerReference, String outcome) {
        Optional<Transfer> found = transfers.values().stream().filter(t -> t.partnerReferenceNo.equals(
                partnerReference)).findFirst();
        if (found.isEmpty()) {
            return false;
        }
        Transfer t = found.get();
        switch (outcome) {
            case "fail" -> {
                if (t.state.equals("03")) {
                    t.failOnApprove = true;
                } else if (t.state.equals("00") || t.state.equals("08")) {
                    balances.computeIfPresent(t.merchant, (k, v) -> v.plus(t.amount));
                    t.state = "09";
                } else {
                    return false;
                }
            }
            case "suspect" -> {
                if (!t.state.equals("03")) {
                    return false;
                }
                t.suspectOnApprove = true;
            }
            default -> {
                if (!t.state.equals("08")) {
                    return false;
                }
                t.state = "00";
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ helpers

    private String txid(ClientKey merchant, String kind) {
        String prefix = merchant.value().length() > 10 ? merchant.value().substring(0, 10) : merchant.value();
        return prefix + kind + TXID_TIME.format(ZonedDateTime.now(clock.withZone(SnapTimestamp.JAKARTA)))
                + String.format("%04d", sequence.incrementAndGet() % 10_000);
    }

    private static String key(ClientKey merchant, String reference) {
        return merchant.value() + "|" + reference;
    }

    private static Answer ok(int service, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("responseCode", String.format("200%02d00", service));
        body.put("responseMessage", "Successful");
        body.putAll(fields);
        return new Answer(200, body);
    }

    static Answer error(int http, int service, int caseCode, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("responseCode", String.format("%03d%02d%02d", http, service, caseCode));
        body.put("responseMessage", message);
        return new Answer(http, body);
    }

    private static String str(Map<String, Object> m, String name) {
        Object v = m == null ? null : m.get(name);
        return v instanceof String s ? s : "";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Map<String, Object> m, String name) {
        return m.get(name) instanceof Map<?, ?> o ? (Map<String, Object>) o : Map.of();
    }

    private static void copy(Map<String, Object> from, Map<String, Object> to, String... names) {
        for (String n : names) {
            if (from.get(n) != null) {
                to.put(n, from.get(n));
            }
        }
    }
}
