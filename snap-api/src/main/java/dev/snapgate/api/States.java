package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.LATEST_TRANSACTION_STATUS;
import static dev.snapgate.api.schema.Fields.TRANSACTION_STATUS_DESC;

import java.util.Map;
import java.util.Optional;

/** Finds {@code latestTransactionStatus} and its description wherever an answer puts them. */
final class States {

    private States() {
    }

    @SafeVarargs
    static Optional<String> find(Map<String, Object>... levels) {
        return first(LATEST_TRANSACTION_STATUS, levels);
    }

    @SafeVarargs
    static Optional<String> description(Map<String, Object>... levels) {
        return first(TRANSACTION_STATUS_DESC, levels);
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
