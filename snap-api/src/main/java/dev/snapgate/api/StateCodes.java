package dev.snapgate.api;

import java.util.Optional;

/** What the per-family state records share: looking a code up among the documented ones, and describing it. */
final class StateCodes {

    /** A documented state code of one family. */
    interface Documented {
        String code();

        boolean isFinal();
    }

    private StateCodes() {
    }

    /** A state code as sent: 1 to 8 characters, not blank. */
    static String require(String code) {
        java.util.Objects.requireNonNull(code, "code");
        if (code.length() > 8 || code.isBlank()) {
            throw new IllegalArgumentException("a transaction state code is 1 to 8 characters, got " + code.length());
        }
        return code;
    }

    static <K extends Enum<K> & Documented> Optional<K> find(K[] documented, String code) {
        for (K k : documented) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    static boolean isFinal(Optional<? extends Documented> known) {
        return known.map(Documented::isFinal).orElse(false);
    }

    static String describe(String code, Optional<? extends Enum<?>> known) {
        return code + known.map(k -> " (" + k.name() + ")").orElse(" (unknown to snapgate)");
    }
}
