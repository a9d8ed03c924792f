package dev.snapgate.examples;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.api.EwalletPayment;
import dev.snapgate.api.EwalletPaymentRequest;
import dev.snapgate.api.TransactionState;
import dev.snapgate.api.EwalletStatusRequest;
import dev.snapgate.api.Payout;
import dev.snapgate.api.PayoutAction;
import dev.snapgate.api.PayoutRegistrationRequest;
import dev.snapgate.api.QrisCode;
import dev.snapgate.api.QrisGenerateRequest;
import dev.snapgate.api.QrisQueryRequest;
import dev.snapgate.api.SettleOptions;
import dev.snapgate.api.VaCreateRequest;
import dev.snapgate.api.VaStatusRequest;
import dev.snapgate.api.Verdict;
import dev.snapgate.api.VirtualAccount;
import dev.snapgate.http.SnapClient;
import java.util.Optional;

/**
 * One typed call sequence per family, as the README shows them (the README's snippets are checked to appear here
 * verbatim, and {@code ExamplesIT} runs each method against the emulator).
 */
public final class TypedFamiliesExample {

    private TypedFamiliesExample() {
    }

    /** Creates a VA and reads its state. */
    public static TransactionState virtualAccount(SnapClient nicepay) {
        VirtualAccount va = nicepay.virtualAccounts().create(
                VaCreateRequest.of("ORDER-0001", "Budi Santoso", Amount.idr("10000.00"), "BMRI")
                        .withDbProcessUrl("https://merchant.example/nicepay/notify"));
        TransactionState state = nicepay.virtualAccounts().status(VaStatusRequest.of(va)).state().orElseThrow();
        return state;       // TransactionState.VA_UNPAID ("03") until the customer pays
    }

    /** Starts an e-wallet payment and reads its state. */
    public static Optional<TransactionState> ewallet(SnapClient nicepay) {
        EwalletPayment payment = nicepay.ewallets().pay(
                EwalletPaymentRequest.of("EWALLET-0001", "IONPAYTEST", Amount.idr(25000), "DANA"));
        return nicepay.ewallets().status(
                EwalletStatusRequest.of("IONPAYTEST", "EWALLET-0001", payment.referenceNo())).state();
    }

    /** Generates a QRIS code and queries the order. */
    public static Optional<TransactionState> qris(SnapClient nicepay) {
        QrisCode code = nicepay.qris().generate(
                QrisGenerateRequest.of("QRIS-0001", Amount.idr(15000), "IONPAYTEST", "STORE01").withMitraCd("QSHP"));
        System.out.println(code.qrContent());                          // show this as a QR code
        return nicepay.qris().query(QrisQueryRequest.of(code, "IONPAYTEST", "STORE01")).state();
    }

    /** Registers and approves a payout. */
    public static Payout payout(SnapClient nicepay) {
        Payout registered = nicepay.payouts().register(PayoutRegistrationRequest.of(
                "PAYOUT-0001", "IONPAYTEST", "5345000060", "Siti Rahma", "0812345678",
                "BMRI", "1", Amount.idr("150000.00")));
        return nicepay.payouts().approve(PayoutAction.approve(registered, "IONPAYTEST"));
    }

    /** Approves a payout; when the answer is lost, settles it by inquiry instead of sending it again. */
    public static Verdict approveOrSettle(SnapClient nicepay, Payout registered) {
        PayoutAction approve = PayoutAction.approve(registered, "IONPAYTEST");
        try {
            nicepay.payouts().approve(approve);
            return nicepay.settle(approve, SettleOptions.DEFAULTS);        // already known: one inquiry confirms it
        } catch (SnapOutcomeUnknownException lost) {
            Verdict verdict = nicepay.settle(approve, SettleOptions.DEFAULTS);  // inquiries only, never a re-send
            if (verdict instanceof Verdict.Received received) {
                System.out.println("NICEPAY has it: " + received.state());     // e.g. 00, or 09 failed
            } else if (verdict instanceof Verdict.NotReceived) {
                System.out.println("never arrived: register a new payout with a new reference");
            } else {
                System.out.println("still unknown: settle again later, do not re-send");
            }
            return verdict;
        }
    }
}
