package dev.snapgate.api;

import java.util.Optional;

/**
 * A virtual account's state: {@code 00} paid, {@code 01} reversal, {@code 03} unpaid, {@code 04} cancelled or
 * expired. Unknown codes are kept ({@link #known()} is empty).
 *
 * @param code the code as NICEPAY sent it
 */
public record VaState(String code) implements TransactionState {

    public static final VaState PAID = new VaState("00");
    public static final VaState UNPAID = new VaState("03");
    public static final VaState CANCELLED = new VaState("04");

    public VaState {
        code = StateCodes.require(code);
    }

    public static VaState of(String code) {
        return new VaState(code);
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
    public String toString() {
        return StateCodes.describe(code, known());
    }

    /** The codes NICEPAY documents. */
    public enum Known implements StateCodes.Documented {
        PAID("00", true), REVERSAL("01", true), UNPAID("03", false), CANCELLED("04", true);

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

        public VaState state() {
            return new VaState(code);
        }
    }
}
