package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.ADDITIONAL_INFO;

import dev.snapgate.domain.Amount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a body in NICEPAY's field order; absent optional fields are left out, amounts become their wire form. */
final class Body {

    private final Map<String, Object> map = new LinkedHashMap<>();

    Body put(String name, Object value) {
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> put(name, v));
            return this;
        }
        if (value == null) {
            return this;
        }
        map.put(name, value instanceof Amount a ? a.toWire() : value);
        return this;
    }

    /** {@code additionalInfo}: the named fields first, then {@code more} (never overriding them), {} when empty. */
    Body info(Map<String, Object> more, Object... namesAndValues) {
        Body info = new Body();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            info.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        more.forEach((k, v) -> {
            if (!info.map.containsKey(k)) {
                info.put(k, v);
            }
        });
        map.put(ADDITIONAL_INFO, info.map);
        return this;
    }

    Map<String, Object> map() {
        return map;
    }

    /** An unmodifiable ordered copy; null keys or values are refused. */
    static Map<String, Object> copy(Map<String, ?> extra) {
        Map<String, Object> m = new LinkedHashMap<>();
        java.util.Objects.requireNonNull(extra, "additional fields").forEach((k, v) -> m.put(
                java.util.Objects.requireNonNull(k, "field name"), java.util.Objects.requireNonNull(v, k)));
        return java.util.Collections.unmodifiableMap(m);
    }

    static Optional<Amount> amount(Map<String, Object> json, String name) {
        return Amount.fromWire(json.get(name));
    }

    static String str(Map<String, Object> json, String name) {
        Object v = json.get(name);
        return v == null ? "" : String.valueOf(v);
    }

    static Optional<String> opt(Map<String, Object> json, String name) {
        Object v = json.get(name);
        return v == null || v instanceof Map || v instanceof List ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Map<String, Object> json, String name) {
        return json.get(name) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
