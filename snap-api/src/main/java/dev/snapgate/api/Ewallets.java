package dev.snapgate.api;

/**
 * NICEPAY's e-wallet direct debit for one merchant. Payment and refund are sent once (settle a lost answer with
 * {@link Settlement}); status is retried when it fails. Thread-safe.
 */
public final class Ewallets {

    private final Calls calls;

    Ewallets(Calls calls) {
        this.calls = calls;
    }

    /** Starts a payment (54); the customer confirms it in the wallet. */
    public EwalletPayment pay(EwalletPaymentRequest request) {
        return pay(request, CallOptions.DEFAULTS);
    }

    /** As {@link #pay(EwalletPaymentRequest)}, with per-call options (external ID, channel ID, deadline). */
    public EwalletPayment pay(EwalletPaymentRequest request, CallOptions options) {
        return EwalletPayment.from(calls.send(request, options));
    }

    /** The payment's state (55). */
    public TransactionStatus status(EwalletStatusRequest request) {
        return status(request, CallOptions.DEFAULTS);
    }

    /** As {@link #status(EwalletStatusRequest)}, with per-call options (external ID, channel ID, deadline). */
    public TransactionStatus status(EwalletStatusRequest request, CallOptions options) {
        return TransactionStatus.from(calls.send(request, options), TransactionState.Family.EWALLET);
    }

    /** Refunds (part of) a settled payment (58). */
    public Refund refund(EwalletRefundRequest request) {
        return refund(request, CallOptions.DEFAULTS);
    }

    /** As {@link #refund(EwalletRefundRequest)}, with per-call options (external ID, channel ID, deadline). */
    public Refund refund(EwalletRefundRequest request, CallOptions options) {
        return Refund.from(calls.send(request, options));
    }
}
