package dev.snapgate.domain.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * An e-wallet payment's state: `00` success, `01` initiated, `03` pending, `04` refunded, `05` cancelled, `06` failed. Unknown codes are kept ({@link #known()} is empty).
 *
 * @param code the code as NICEPAY sent it
 */
public record EwalletState(String code) implements TransactionState {

    public static final EwalletState SUCCESS = new EwalletState("00");
    public static final EwalletState INITIATED = new EwalletState("01");
    public static final EwalletState REFUNDED = new EwalletState("04");

    public EwalletState {
        code = TransactionState.requireCode(code);
    }

    public static EwalletState of(String code) {
        return new EwalletState(code);
    }

    /** The state this code names, when snapgate knows it. */
    public Optional<Known> known() {
        return Arrays.stream(Known.values()).filter(k -> k.code.equals(code)).findFirst();
    }

    @Override
    public boolean isFinal() {
        return known().map(k -> k.isFinal).orElse(false);
    }

    @Override
    public String toString() {
        return code + known().map(k -> " (" + k + ")").orElse(" (unknown to snapgate)");
    }

    /** The codes NICEPAY documents. */
    public enum Known {
        SUCCESS("00", true), INITIATED("01", false), PENDING("03", false), REFUNDED("04", true),
        CANCELLED("05", true), FAILED("06", true);

        private final String code;
        private final boolean isFinal;

        Known(String code, boolean isFinal) {
            this.code = code;
            this.isFinal = isFinal;
        }

        public String code() {
            return code;
        }

        public EwalletState state() {
            return new EwalletState(code);
        }
    }
}
