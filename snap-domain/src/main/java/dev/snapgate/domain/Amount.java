package dev.snapgate.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A SNAP amount, {@code {"value":"10000.00","currency":"IDR"}}: a non-negative decimal with exactly two places and a
 * three-letter currency. It cannot hold a float or a wrong scale: it is built from text or a {@code BigDecimal} whose
 * value fits two decimals exactly ({@code 10000}, {@code 10000.5} and {@code 10000.50} are all {@code "10000.50"}-
 * style values; {@code 10000.505} is refused), and at most 16 characters on the wire. Immutable, thread-safe.
 *
 * @param value the amount, always with scale 2
 * @param currency an ISO 4217 code such as {@code IDR}
 */
public record Amount(BigDecimal value, String currency) implements Comparable<Amount> {

    /** Digits, a point, exactly two decimals; at most 16 characters in all (NICEPAY's String(16)). */
    public static final Pattern WIRE_VALUE = Pattern.compile("(?=.{4,16}$)(0|[1-9]\\d*)\\.\\d{2}");

    /** Indonesian rupiah. */
    public static final String IDR = "IDR";

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("an amount cannot be negative");
        }
        try {
            value = value.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("an amount has at most two decimals; round it yourself (scale "
                    + value.scale() + " given)");
        }
        if (!isCurrencyCode(currency)) {
            throw new IllegalArgumentException("currency must be a three-letter ISO code such as IDR");
        }
        if (value.toPlainString().length() > 16) {
            throw new IllegalArgumentException("an amount is at most 16 characters on the wire (13 digits before"
                    + " the point)");
        }
    }

    private static final Pattern TEXT_VALUE = Pattern.compile("(0|[1-9]\\d*)(\\.\\d{1,2})?");

    /**
     * Whether {@code text} is an amount's wire value: what {@link #WIRE_VALUE} matches (digits without a leading zero,
     * a point, exactly two decimals, 4 to 16 characters), checked without a regex because every amount of every
     * request is checked on the calling thread.
     */
    public static boolean isWireValue(String text) {
        int n = text.length();
        if (n < 4 || n > 16 || text.charAt(n - 3) != '.' || !digit(text.charAt(n - 2)) || !digit(text.charAt(n - 1))) {
            return false;
        }
        int whole = n - 3;
        if (text.charAt(0) == '0' && whole > 1) {
            return false;
        }
        for (int i = 0; i < whole; i++) {
            if (!digit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Three upper-case ASCII letters (checked on every amount read or written, so without a regex). */
    public static boolean isCurrencyCode(String code) {
        return code.length() == 3 && upper(code.charAt(0)) && upper(code.charAt(1)) && upper(code.charAt(2));
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Rupiah from text: {@code "10000.00"}, {@code "10000"} or {@code "10000.5"}. */
    public static Amount idr(String value) {
        return of(value, IDR);
    }

    /** Rupiah from a whole number. */
    public static Amount idr(long value) {
        return new Amount(BigDecimal.valueOf(value), IDR);
    }

    public static Amount of(String value, String currency) {
        Objects.requireNonNull(value, "value");
        if (!TEXT_VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("an amount is digits with at most two decimals, e.g. 10000.00 ("
                    + value.length() + " characters given)");
        }
        return new Amount(new BigDecimal(value), currency);
    }

    /**
     * Reads the wire form (a map with {@code value} and {@code currency}); empty when it is not a valid amount.
     * NICEPAY's answers are read leniently: a value without decimals is accepted.
     */
    public static Optional<Amount> fromWire(Object json) {
        if (json instanceof Map<?, ?> m && m.get("value") instanceof String v && m.get("currency") instanceof String c) {
            try {
                return Optional.of(of(v, c));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The wire form: {@code value} as a string with two decimals, then {@code currency}. */
    public Map<String, Object> toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value.toPlainString());
        m.put("currency", currency);
        return m;
    }

    public Amount plus(Amount other) {
        requireSameCurrency(other);
        return new Amount(value.add(other.value), currency);
    }

    public Amount minus(Amount other) {
        requireSameCurrency(other);
        return new Amount(value.subtract(other.value), currency);
    }

    @Override
    public int compareTo(Amount other) {
        requireSameCurrency(other);
        return value.compareTo(other.value);
    }

    private void requireSameCurrency(Amount other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + currency;
    }
}
