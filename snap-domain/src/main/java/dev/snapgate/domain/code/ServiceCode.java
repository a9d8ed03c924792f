package dev.snapgate.domain.code;

/**
 * A SNAP service code: the two digits in the middle of a response code ({@code 73} for the B2B access token,
 * {@code 27} for VA create, ...).
 */
public record ServiceCode(int value) {

    /** Request Access Token B2B. */
    public static final ServiceCode ACCESS_TOKEN_B2B = new ServiceCode(73);

    public ServiceCode {
        if (value < 0 || value > 99) {
            throw new IllegalArgumentException("service code must be two digits (00-99), got " + value);
        }
    }

    public static ServiceCode of(int value) {
        return new ServiceCode(value);
    }

    /** Parses two digits, e.g. {@code "27"}. */
    public static ServiceCode parse(String text) {
        if (text == null || !text.matches("\\d{2}")) {
            throw new IllegalArgumentException("service code must be two digits, e.g. 27, got '" + text + "'");
        }
        return new ServiceCode(Integer.parseInt(text));
    }

    @Override
    public String toString() {
        return String.format("%02d", value);
    }
}
