package dev.snapgate.api;

/**
 * NICEPAY's virtual accounts for one merchant. Create and delete are sent once (a lost answer is a
 * {@code SnapOutcomeUnknownException}: settle it with {@link Settlement}); status is retried when it fails. Every
 * request is checked against NICEPAY's field rules before it is signed. Thread-safe.
 */
public final class VirtualAccounts {

    private final Calls calls;

    VirtualAccounts(Calls calls) {
        this.calls = calls;
    }

    /** Creates a VA (27); the answer carries its number and NICEPAY's {@code tXidVA}. */
    public VirtualAccount create(VaCreateRequest request) {
        return create(request, CallOptions.DEFAULTS);
    }

    /** As {@link #create(VaCreateRequest)}, with per-call options (external ID, channel ID, deadline). */
    public VirtualAccount create(VaCreateRequest request, CallOptions options) {
        return VirtualAccount.from(calls.send(request, options));
    }

    /** The VA's state (26): {@code 03} unpaid, {@code 00} paid... */
    public VirtualAccount status(VaStatusRequest request) {
        return status(request, CallOptions.DEFAULTS);
    }

    /** As {@link #status(VaStatusRequest)}, with per-call options (external ID, channel ID, deadline). */
    public VirtualAccount status(VaStatusRequest request, CallOptions options) {
        return VirtualAccount.from(calls.send(request, options));
    }

    /** Deletes an unpaid VA (31). */
    public VirtualAccount delete(VaDeleteRequest request) {
        return delete(request, CallOptions.DEFAULTS);
    }

    /** As {@link #delete(VaDeleteRequest)}, with per-call options (external ID, channel ID, deadline). */
    public VirtualAccount delete(VaDeleteRequest request, CallOptions options) {
        return VirtualAccount.from(calls.send(request, options));
    }
}
