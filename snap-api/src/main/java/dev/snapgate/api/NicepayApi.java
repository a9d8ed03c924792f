package dev.snapgate.api;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.service.ServiceCaller;
import java.time.Clock;
import java.util.Objects;

/**
 * NICEPAY's services, typed, for one merchant: {@link #virtualAccounts()}, {@link #ewallets()}, {@link #qris()},
 * {@link #payouts()}, and {@link #settle} for calls whose outcome is unknown. Usually obtained from
 * {@code SnapClient}; can be built over any {@link ServiceCaller}. Thread-safe.
 */
public final class NicepayApi {

    private final ServiceCaller inquiries;
    private final ClientKey merchant;
    private final Clock clock;
    private final VirtualAccounts virtualAccounts;
    private final Ewallets ewallets;
    private final Qris qris;
    private final Payouts payouts;

    /**
     * @param caller makes the typed calls (validate there, e.g. {@code SnapClient}'s)
     * @param inquiries makes settlement's inquiries; it may be the same caller
     */
    public NicepayApi(ServiceCaller caller, ServiceCaller inquiries, ClientKey merchant, Clock clock) {
        Calls calls = new Calls(caller, merchant);
        this.inquiries = Objects.requireNonNull(inquiries, "inquiries");
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.virtualAccounts = new VirtualAccounts(calls);
        this.ewallets = new Ewallets(calls);
        this.qris = new Qris(calls);
        this.payouts = new Payouts(calls);
    }

    public VirtualAccounts virtualAccounts() {
        return virtualAccounts;
    }

    public Ewallets ewallets() {
        return ewallets;
    }

    public Qris qris() {
        return qris;
    }

    public Payouts payouts() {
        return payouts;
    }

    /** Settles {@code original} (whose call ended in {@code SnapOutcomeUnknownException}) with the default options. */
    public Verdict settle(SnapRequest original) {
        return settle(original, SettleOptions.DEFAULTS);
    }

    public Verdict settle(SnapRequest original, SettleOptions options) {
        return new Settlement(inquiries, merchant, clock, options).settle(original);
    }

    /**
     * This merchant's typed API, asynchronously, on {@code executor} (a platform pool sized to the client's bulkhead,
     * or virtual threads; never the common pool).
     */
    public AsyncNicepayApi async(java.util.concurrent.Executor executor) {
        return new AsyncNicepayApi(this, executor);
    }

    public ClientKey merchant() {
        return merchant;
    }

    @Override
    public String toString() {
        return "NicepayApi[" + merchant + "]";
    }
}
