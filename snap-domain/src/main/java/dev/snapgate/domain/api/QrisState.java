package dev.snapgate.domain.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * A QRIS order's state, with the e-wallet codes NICEPAY uses for it: `00` success (paid), `01` initiated, `03` pending, `04` refunded, `05` cancelled, `06` failed. Unknown codes are kept ({@link #known()} is empty).
 *
 * @param code the code as NICEPAY sent it
 */
public record QrisState(String code) implements TransactionState {

    public static final QrisState PAID = new QrisState("00");
    public static final QrisState INITIATED = new QrisState("01");
    public static final QrisState REFUNDED = new QrisState("04");

    public QrisState {
        code = TransactionState.requireCode(code);
    }

    public static QrisState of(String code) {
        return new QrisState(code);
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

        public QrisState state() {
            return new QrisState(code);
        }
    }
}
