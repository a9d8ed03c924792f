package dev.snapgate.domain.error;

import java.util.Objects;

/**
 * A request body broke one of NICEPAY's field rules (mandatory, maximum length, digits only, amount format) and was
 * checked before anything was signed or sent: nothing went out. The message names the field, the rule and the given
 * length, never the value.
 */
public final class SnapInvalidRequestException extends SnapException {

    /** The rule a field broke. */
    public enum Rule {
        /** The field is mandatory and missing or empty. */
        MANDATORY,
        /** The value is longer than NICEPAY allows. */
        MAX_LENGTH,
        /** The value must be decimal digits only. */
        NUMERIC,
        /** An amount must be {@code {"value":"10000.00","currency":"IDR"}}: a string with two decimals. */
        AMOUNT,
        /** The value has the wrong JSON type or shape (an object where text is needed, a bad date). */
        FORMAT
    }

    private final String field;
    private final Rule rule;

    public SnapInvalidRequestException(String field, Rule rule, String message) {
        super(message, null, null);
        this.field = Objects.requireNonNull(field, "field");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The field's path in the body, e.g. {@code additionalInfo.bankCd}. */
    public String field() {
        return field;
    }

    public Rule rule() {
        return rule;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
