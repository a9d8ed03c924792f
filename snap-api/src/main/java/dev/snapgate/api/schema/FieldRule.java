package dev.snapgate.api.schema;

import dev.snapgate.domain.error.SnapInvalidRequestException.Rule;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One of NICEPAY's rules for a body field: its path ({@code additionalInfo.bankCd}), whether it is mandatory, its
 * maximum length and its kind. Immutable and thread-safe.
 *
 * @param path the field's dotted path in the body
 * @param mandatory true when the field must be present and non-empty
 * @param maxLength the longest value NICEPAY accepts, or 0 for no limit
 * @param kind what the value must look like
 */
public record FieldRule(String path, boolean mandatory, int maxLength, Kind kind) {

    /** The shape a field's value must have. */
    public enum Kind {
        /** A string. */
        TEXT,
        /** A string of decimal digits ({@code ""} allowed when optional). */
        DIGITS,
        /** {@code {"value":"10000.00","currency":"IDR"}}. */
        AMOUNT,
        /** A JSON object ({@code {}} allowed). */
        OBJECT,
        /** A JSON array. */
        LIST,
        /** A date {@code yyyyMMdd}. */
        DATE,
        /** A time of day {@code HHmmss}. */
        TIME
    }

    private static final Pattern DIGITS = Pattern.compile("\\d*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3])[0-5]\\d[0-5]\\d");

    public FieldRule {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must be 0 (no limit) or more, got " + maxLength);
        }
    }

    /** The path's segments, split once per rule (rules are checked on every call's hot path). */
    private String[] segments() {
        String[] cached = SEGMENTS.get(path);
        if (cached == null) {
            cached = path.split("\\.");
            SEGMENTS.putIfAbsent(path, cached);
        }
        return cached;
    }

    private static final java.util.concurrent.ConcurrentMap<String, String[]> SEGMENTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static FieldRule required(String path, int maxLength) {
        return new FieldRule(path, true, maxLength, Kind.TEXT);
    }

    static FieldRule optional(String path, int maxLength) {
        return new FieldRule(path, false, maxLength, Kind.TEXT);
    }

    static FieldRule required(String path, Kind kind) {
        return new FieldRule(path, true, 0, kind);
    }

    static FieldRule optional(String path, Kind kind) {
        return new FieldRule(path, false, 0, kind);
    }

    /** A violation of this rule by {@code body}, described without the field's value. */
    public Optional<Violation> check(Map<String, ?> body) {
        Object value = lookup(body, segments());
        if (value == null || value instanceof String s && s.isEmpty() && kind != Kind.OBJECT) {
            return mandatory ? Optional.of(new Violation(path, Rule.MANDATORY, path + " is mandatory and "
                    + (value == null ? "missing" : "empty") + "; set it")) : Optional.empty();
        }
        return switch (kind) {
            case TEXT, DIGITS, DATE, TIME -> text(value);
            case AMOUNT -> amount(value);
            case OBJECT -> value instanceof Map ? Optional.empty()
                    : wrongType("a JSON object (send {} when empty)", value);
            case LIST -> value instanceof List ? Optional.empty() : wrongType("a JSON array", value);
        };
    }

    private Optional<Violation> text(Object value) {
        if (!(value instanceof String s)) {
            return wrongType("a string", value);
        }
        if (maxLength > 0 && s.length() > maxLength) {
            return Optional.of(new Violation(path, Rule.MAX_LENGTH, path + " is " + s.length()
                    + " characters long; NICEPAY allows at most " + maxLength));
        }
        return switch (kind) {
            case DIGITS -> DIGITS.matcher(s).matches() ? Optional.empty() : Optional.of(new Violation(path,
                    Rule.NUMERIC, path + " must be decimal digits only (" + s.length() + " characters given)"));
            case DATE -> DATE.matcher(s).matches() ? Optional.empty()
                    : Optional.of(new Violation(path, Rule.FORMAT, path + " must be a date yyyyMMdd, e.g. 20261231"));
            case TIME -> TIME.matcher(s).matches() ? Optional.empty()
                    : Optional.of(new Violation(path, Rule.FORMAT, path + " must be a time HHmmss, e.g. 235959"));
            default -> Optional.empty();
        };
    }

    private Optional<Violation> amount(Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            return Optional.of(new Violation(path, Rule.AMOUNT, path + " must be an amount object"
                    + " {\"value\":\"10000.00\",\"currency\":\"IDR\"}"));
        }
        Object v = m.get("value");
        Object c = m.get("currency");
        if (!(v instanceof String text) || !dev.snapgate.domain.Amount.isWireValue(text)) {
            String given = v instanceof String s ? "a string of " + s.length() + " characters"
                    : v == null ? "nothing" : "a " + jsonType(v);
            return Optional.of(new Violation(path + ".value", Rule.AMOUNT, path + ".value must be a string with"
                    + " digits, a point and exactly two decimals, at most 16 characters (e.g. \"10000.00\"); got "
                    + given));
        }
        if (!(c instanceof String cur) || !dev.snapgate.domain.Amount.isCurrencyCode(cur)) {
            return Optional.of(new Violation(path + ".currency", Rule.AMOUNT, path + ".currency must be a"
                    + " three-letter ISO code such as \"IDR\""));
        }
        return Optional.empty();
    }

    private Optional<Violation> wrongType(String expected, Object value) {
        return Optional.of(new Violation(path, Rule.FORMAT, path + " must be " + expected + ", got a "
                + jsonType(value)));
    }

    private static String jsonType(Object value) {
        if (value instanceof Map) {
            return "JSON object";
        }
        if (value instanceof List) {
            return "JSON array";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return value instanceof String ? "string" : "value of another kind";
    }

    private static Object lookup(Map<String, ?> body, String[] segments) {
        Object node = body;
        for (String part : segments) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(part);
        }
        return node;
    }

    /** A broken rule: the field's path, which rule, and a message that never contains the value. */
    public record Violation(String field, Rule rule, String message) {
        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }
    }
}
