package dev.snapgate.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A transaction's state as NICEPAY reports it in {@code latestTransactionStatus}: the family it belongs to and the
 * code as sent, so a code NICEPAY adds later is kept rather than refused ({@link #known()} is then empty). One shape
 * for every family; the documented codes are {@link Known}, each with a constant here ({@link #VA_UNPAID},
 * {@link #PAYOUT_SUCCESS}...).
 *
 * @param family whose code this is (the same code means different things per family)
 * @param code the code as NICEPAY sent it, e.g. {@code 00}
 */
public record TransactionState(Family family, String code) {

    /** The service families, each with its own codes. */
    public enum Family {
        /** Virtual accounts: {@code 00} paid, {@code 01} reversal, {@code 03} unpaid, {@code 04} cancelled. */
        VIRTUAL_ACCOUNT,
        /** E-wallets: {@code 00} success, {@code 01} initiated, {@code 03} pending, {@code 04} refunded... */
        EWALLET,
        /** QRIS, with the e-wallet codes ({@code 00} is paid). */
        QRIS,
        /** Payouts: {@code 00} success, {@code 03} pending, {@code 08} suspect, {@code 09} failed... */
        PAYOUT;

        /** This family's state for {@code code} as NICEPAY sent it. */
        public TransactionState state(String code) {
            return new TransactionState(this, code);
        }
    }

    /** The codes NICEPAY documents, per family, and whether each is final. */
    public enum Known {
        VA_PAID(Family.VIRTUAL_ACCOUNT, "00", true), VA_REVERSAL(Family.VIRTUAL_ACCOUNT, "01", true),
        VA_UNPAID(Family.VIRTUAL_ACCOUNT, "03", false), VA_CANCELLED(Family.VIRTUAL_ACCOUNT, "04", true),
        EWALLET_SUCCESS(Family.EWALLET, "00", true), EWALLET_INITIATED(Family.EWALLET, "01", false),
        EWALLET_PENDING(Family.EWALLET, "03", false), EWALLET_REFUNDED(Family.EWALLET, "04", true),
        EWALLET_CANCELLED(Family.EWALLET, "05", true), EWALLET_FAILED(Family.EWALLET, "06", true),
        QRIS_PAID(Family.QRIS, "00", true), QRIS_INITIATED(Family.QRIS, "01", false),
        QRIS_PENDING(Family.QRIS, "03", false), QRIS_REFUNDED(Family.QRIS, "04", true),
        QRIS_CANCELLED(Family.QRIS, "05", true), QRIS_FAILED(Family.QRIS, "06", true),
        PAYOUT_SUCCESS(Family.PAYOUT, "00", true), PAYOUT_PENDING(Family.PAYOUT, "03", false),
        PAYOUT_CANCELLED(Family.PAYOUT, "04", true), PAYOUT_REJECTED(Family.PAYOUT, "05", true),
        /** Pending and suspect: NICEPAY itself does not know the outcome yet; ask again later. */
        PAYOUT_SUSPECT(Family.PAYOUT, "08", false), PAYOUT_FAILED(Family.PAYOUT, "09", true);

        private final Family family;
        private final String code;
        private final boolean isFinal;

        Known(Family family, String code, boolean isFinal) {
            this.family = family;
            this.code = code;
            this.isFinal = isFinal;
        }

        public Family family() {
            return family;
        }

        public String code() {
            return code;
        }

        /** True when the state will not change any more. */
        public boolean isFinal() {
            return isFinal;
        }

        public TransactionState state() {
            return new TransactionState(family, code);
        }
    }

    public static final TransactionState VA_PAID = Known.VA_PAID.state();
    public static final TransactionState VA_UNPAID = Known.VA_UNPAID.state();
    public static final TransactionState VA_CANCELLED = Known.VA_CANCELLED.state();
    public static final TransactionState EWALLET_SUCCESS = Known.EWALLET_SUCCESS.state();
    public static final TransactionState EWALLET_INITIATED = Known.EWALLET_INITIATED.state();
    public static final TransactionState EWALLET_REFUNDED = Known.EWALLET_REFUNDED.state();
    public static final TransactionState QRIS_PAID = Known.QRIS_PAID.state();
    public static final TransactionState QRIS_PENDING = Known.QRIS_PENDING.state();
    public static final TransactionState QRIS_REFUNDED = Known.QRIS_REFUNDED.state();
    public static final TransactionState PAYOUT_SUCCESS = Known.PAYOUT_SUCCESS.state();
    public static final TransactionState PAYOUT_PENDING = Known.PAYOUT_PENDING.state();
    public static final TransactionState PAYOUT_SUSPECT = Known.PAYOUT_SUSPECT.state();
    public static final TransactionState PAYOUT_FAILED = Known.PAYOUT_FAILED.state();

    /** @throws IllegalArgumentException when {@code code} is blank or longer than 8 characters */
    public TransactionState {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(code, "code");
        if (code.length() > 8 || code.isBlank()) {
            throw new IllegalArgumentException("a transaction state code is 1 to 8 characters, got " + code.length());
        }
    }

    public static TransactionState of(Family family, String code) {
        return new TransactionState(family, code);
    }

    /** The documented state this code names in its family, when snapgate knows it. */
    public Optional<Known> known() {
        for (Known k : Known.values()) {
            if (k.family == family && k.code.equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** True when the state will not change any more (paid, refunded, cancelled, failed...). */
    public boolean isFinal() {
        return known().map(Known::isFinal).orElse(false);
    }

    /** True while NICEPAY itself does not know the outcome yet (payout {@code 08}): ask again later. */
    public boolean isSuspect() {
        return known().filter(k -> k == Known.PAYOUT_SUSPECT).isPresent();
    }

    @Override
    public String toString() {
        return code + known().map(k -> " (" + k.name() + ")").orElse(" (" + family + ", unknown to snapgate)");
    }
}
