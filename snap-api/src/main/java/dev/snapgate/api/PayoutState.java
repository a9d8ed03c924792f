package dev.snapgate.api;

import java.util.Optional;

/**
 * A payout's state: {@code 00} success, {@code 03} pending, {@code 04} cancelled, {@code 05} rejected, {@code 08}
 * pending and suspect (NICEPAY does not know yet), {@code 09} failed. Unknown codes are kept ({@link #known()} is
 * empty).
 *
 * @param code the code as NICEPAY sent it
 */
public record PayoutState(String code) implements TransactionState {

    public static final PayoutState SUCCESS = new PayoutState("00");
    public static final PayoutState PENDING = new PayoutState("03");
    public static final PayoutState SUSPECT = new PayoutState("08");

    public PayoutState {
        code = StateCodes.require(code);
    }

    public static PayoutState of(String code) {
        return new PayoutState(code);
    }

    /** The state this code names, when snapgate knows it. */
    public Optional<Known> known() {
        return StateCodes.find(Known.values(), code);
    }

    @Override
    public boolean isFinal() {
        return StateCodes.isFinal(known());
    }

    @Override
    public boolean isSuspect() {
        return code.equals("08");
    }

    @Override
    public String toString() {
        return StateCodes.describe(code, known());
    }

    /** The codes NICEPAY documents. */
    public enum Known implements StateCodes.Documented {
        SUCCESS("00", true), PENDING("03", false), CANCELLED("04", true), REJECTED("05", true),
        SUSPECT("08", false), FAILED("09", true);

        private final String code;
        private final boolean isFinal;

        Known(String code, boolean isFinal) {
            this.code = code;
            this.isFinal = isFinal;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public boolean isFinal() {
            return isFinal;
        }

        public PayoutState state() {
            return new PayoutState(code);
        }
    }
}
