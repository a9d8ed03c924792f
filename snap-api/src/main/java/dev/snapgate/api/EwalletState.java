package dev.snapgate.api;

import java.util.Optional;

/**
 * An e-wallet payment's state: {@code 00} success, {@code 01} initiated, {@code 03} pending, {@code 04} refunded,
 * {@code 05} cancelled, {@code 06} failed. Unknown codes are kept ({@link #known()} is empty).
 *
 * @param code the code as NICEPAY sent it
 */
public record EwalletState(String code) implements TransactionState {

    public static final EwalletState SUCCESS = new EwalletState("00");
    public static final EwalletState INITIATED = new EwalletState("01");
    public static final EwalletState REFUNDED = new EwalletState("04");

    public EwalletState {
        code = StateCodes.require(code);
    }

    public static EwalletState of(String code) {
        return new EwalletState(code);
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
        SUCCESS("00", true), INITIATED("01", false), PENDING("03", false), REFUNDED("04", true),
        CANCELLED("05", true), FAILED("06", true);

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

        public EwalletState state() {
            return new EwalletState(code);
        }
    }
}
