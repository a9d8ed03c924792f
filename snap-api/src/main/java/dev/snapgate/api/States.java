package dev.snapgate.api;

import java.util.Map;
import java.util.Optional;

/** Finds {@code latestTransactionStatus} and its description wherever an answer puts them. */
final class States {

    private States() {
    }

    @SafeVarargs
    static Optional<String> find(Map<String, Object>... levels) {
        return first("latestTransactionStatus", levels);
    }

    @SafeVarargs
    static Optional<String> description(Map<String, Object>... levels) {
        return first("transactionStatusDesc", levels);
    }

    @SafeVarargs
    private static Optional<String> first(String name, Map<String, Object>... levels) {
        for (Map<String, Object> level : levels) {
            Optional<String> v = Body.opt(level, name).filter(s -> !s.isBlank());
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }
}
