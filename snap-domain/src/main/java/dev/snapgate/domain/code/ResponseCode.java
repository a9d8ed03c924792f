package dev.snapgate.domain.code;

import java.util.Objects;

/**
 * A SNAP {@code responseCode}: HTTP status (3 digits) + service code (2) + case code (2), e.g. {@code 4017300} =
 * 401, service 73, case 00.
 */
public record ResponseCode(int httpStatus, ServiceCode serviceCode, int caseCode) {

    public ResponseCode {
        Objects.requireNonNull(serviceCode, "serviceCode");
        if (httpStatus < 100 || httpStatus > 599) {
            throw new IllegalArgumentException("HTTP status part must be 100-599, got " + httpStatus);
        }
        if (caseCode < 0 || caseCode > 99) {
            throw new IllegalArgumentException("case code must be two digits, got " + caseCode);
        }
    }

    /**
     * Parses the seven-digit wire form.
     *
     * @throws IllegalArgumentException naming the expected shape if {@code text} is not exactly seven digits with
     *     a valid HTTP status
     */
    public static ResponseCode parse(String text) {
        if (text == null || text.length() != 7 || !sevenDigits(text)) {
            throw new IllegalArgumentException("SNAP responseCode must be seven digits HHHSSCC (HTTP status, service"
                    + " code, case code), e.g. 2007300, got " + (text == null ? "nothing"
                            : "'" + (text.length() > 20 ? text.substring(0, 20) + "..." : text) + "'"));
        }
        // read digit by digit: every answer's code is parsed on the calling thread
        return new ResponseCode(digit(text, 0) * 100 + digit(text, 1) * 10 + digit(text, 2),
                ServiceCode.of(digit(text, 3) * 10 + digit(text, 4)), digit(text, 5) * 10 + digit(text, 6));
    }

    private static boolean sevenDigits(String text) {
        for (int i = 0; i < 7; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digit(String text, int at) {
        return text.charAt(at) - '0';
    }

    public static ResponseCode of(int httpStatus, ServiceCode service, int caseCode) {
        return new ResponseCode(httpStatus, service, caseCode);
    }

    /** True for {@code 2xx} codes other than {@code 202XX00} (request in progress, nothing done yet). */
    public boolean isSuccess() {
        return httpStatus >= 200 && httpStatus < 300 && httpStatus != 202;
    }

    /** The seven-digit wire form. */
    public String value() {
        return String.format("%03d%02d%02d", httpStatus, serviceCode.value(), caseCode);
    }

    @Override
    public String toString() {
        return value();
    }
}
