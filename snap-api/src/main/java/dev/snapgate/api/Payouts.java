package dev.snapgate.api;

import dev.snapgate.domain.service.SnapService;

/**
 * NICEPAY's payouts (disbursements) and the payout balance for one merchant. Registration, approve, cancel and reject
 * are sent once: a lost answer is a {@code SnapOutcomeUnknownException}, settled with {@link Settlement} (an approve
 * that timed out is "suspect" until the inquiry knows). Inquiry and balance are retried when they fail. Thread-safe.
 */
public final class Payouts {

    private final Calls calls;

    Payouts(Calls calls) {
        this.calls = calls;
    }

    /** Registers a payout; the answer carries NICEPAY's {@code originalReferenceNo}. No money moves yet. */
    public Payout register(PayoutRegistrationRequest request) {
        return register(request, CallOptions.DEFAULTS);
    }

    /** As {@link #register(PayoutRegistrationRequest)}, with per-call options (external ID, channel ID, deadline). */
    public Payout register(PayoutRegistrationRequest request, CallOptions options) {
        return Payout.from(calls.send(request, options));
    }

    /** Approves a registered payout: money moves. */
    public Payout approve(PayoutAction request) {
        return approve(request, CallOptions.DEFAULTS);
    }

    /** As {@link #approve(PayoutAction)}, with per-call options (external ID, channel ID, deadline). */
    public Payout approve(PayoutAction request, CallOptions options) {
        return Payout.from(calls.send(require(request, SnapService.PAYOUT_APPROVE), options));
    }

    public Payout cancel(PayoutAction request) {
        return cancel(request, CallOptions.DEFAULTS);
    }

    /** As {@link #cancel(PayoutAction)}, with per-call options (external ID, channel ID, deadline). */
    public Payout cancel(PayoutAction request, CallOptions options) {
        return Payout.from(calls.send(require(request, SnapService.PAYOUT_CANCEL), options));
    }

    public Payout reject(PayoutAction request) {
        return reject(request, CallOptions.DEFAULTS);
    }

    /** As {@link #reject(PayoutAction)}, with per-call options (external ID, channel ID, deadline). */
    public Payout reject(PayoutAction request, CallOptions options) {
        return Payout.from(calls.send(require(request, SnapService.PAYOUT_REJECT), options));
    }

    /** The payout's state: {@code 00} success, {@code 03} pending, {@code 08} suspect... */
    public Payout inquiry(PayoutAction request) {
        return inquiry(request, CallOptions.DEFAULTS);
    }

    /** As {@link #inquiry(PayoutAction)}, with per-call options (external ID, channel ID, deadline). */
    public Payout inquiry(PayoutAction request, CallOptions options) {
        return Payout.from(calls.send(require(request, SnapService.PAYOUT_INQUIRY), options));
    }

    /** The merchant's payout balance (11). */
    public Balance balance(BalanceInquiryRequest request) {
        return balance(request, CallOptions.DEFAULTS);
    }

    /** As {@link #balance(BalanceInquiryRequest)}, with per-call options (external ID, channel ID, deadline). */
    public Balance balance(BalanceInquiryRequest request, CallOptions options) {
        return Balance.from(calls.send(request, options));
    }

    private static PayoutAction require(PayoutAction request, SnapService expected) {
        if (request.service() != expected) {
            throw new IllegalArgumentException("this method sends " + expected + ", but the request was built for "
                    + request.service() + "; build it with PayoutAction." + expected.name().substring(7).toLowerCase()
                    + "(...)");
        }
        return request;
    }
}
