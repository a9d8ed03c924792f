package dev.snapgate.domain.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * A virtual account's state: `00` paid, `01` reversal, `03` unpaid, `04` cancelled or expired. Unknown codes are kept ({@link #known()} is empty).
 *
 * @param code the code as NICEPAY sent it
 */
public record VaState(String code) implements TransactionState {

    public static final VaState PAID = new VaState("00");
    public static final VaState UNPAID = new VaState("03");
    public static final VaState CANCELLED = new VaState("04");

    public VaState {
        code = TransactionState.requireCode(code);
    }

    public static VaState of(String code) {
        return new VaState(code);
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
        PAID("00", true), REVERSAL("01", true), UNPAID("03", false), CANCELLED("04", true);

        private final String code;
        private final boolean isFinal;

        Known(String code, boolean isFinal) {
            this.code = code;
            this.isFinal = isFinal;
        }

        public String code() {
            return code;
        }

        public VaState state() {
            return new VaState(code);
        }
    }
}
