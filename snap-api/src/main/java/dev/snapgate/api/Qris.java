package dev.snapgate.api;

/**
 * NICEPAY's QRIS (MPM) for one merchant. Generate and refund are sent once (settle a lost answer with
 * {@link Settlement}); query is retried when it fails. Thread-safe.
 */
public final class Qris {

    private final Calls calls;

    Qris(Calls calls) {
        this.calls = calls;
    }

    /** A QR code for an order (47). */
    public QrisCode generate(QrisGenerateRequest request) {
        return generate(request, CallOptions.DEFAULTS);
    }

    /** As {@link #generate(QrisGenerateRequest)}, with per-call options (external ID, channel ID, deadline). */
    public QrisCode generate(QrisGenerateRequest request, CallOptions options) {
        return QrisCode.from(calls.send(request, options));
    }

    /** The order's state (51). */
    public TransactionStatus query(QrisQueryRequest request) {
        return query(request, CallOptions.DEFAULTS);
    }

    /** As {@link #query(QrisQueryRequest)}, with per-call options (external ID, channel ID, deadline). */
    public TransactionStatus query(QrisQueryRequest request, CallOptions options) {
        return TransactionStatus.from(calls.send(request, options), TransactionState.Family.QRIS);
    }

    /** Refunds (part of) a paid order (78). */
    public Refund refund(QrisRefundRequest request) {
        return refund(request, CallOptions.DEFAULTS);
    }

    /** As {@link #refund(QrisRefundRequest)}, with per-call options (external ID, channel ID, deadline). */
    public Refund refund(QrisRefundRequest request, CallOptions options) {
        return Refund.from(calls.send(request, options));
    }
}
