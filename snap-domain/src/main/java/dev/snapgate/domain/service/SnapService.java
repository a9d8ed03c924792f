package dev.snapgate.domain.service;

import dev.snapgate.domain.code.ServiceCode;
import dev.snapgate.domain.internal.SignedPath;
import java.util.Arrays;
import java.util.Optional;

/**
 * NICEPAY's SNAP service catalogue (SNAP-SPEC §4): service code, HTTP method, the path as sent, and whether the call
 * is idempotent. Only idempotent calls (inquiries) are ever retried; the others move money or change state and are
 * never re-sent after an unknown outcome.
 *
 * <p>NICEPAY documents no two-digit service code for the payout family; snapgate files the five payout services under
 * {@code 00} (so they are named, never looked up by code) and reads whatever service digits an answer carries.
 */
public enum SnapService {
    VA_CREATE(27, "POST", "/nicepay/api/v1.0/transfer-va/create-va", false),
    VA_STATUS(26, "POST", "/nicepay/api/v1.0/transfer-va/status", true),
    VA_DELETE(31, "DELETE", "/nicepay/api/v1.0/transfer-va/delete-va", false),
    EWALLET_PAYMENT(54, "POST", "/nicepay/api/v1.0/debit/payment-host-to-host", false),
    EWALLET_STATUS(55, "POST", "/nicepay/api/v1.0/debit/status", true),
    EWALLET_REFUND(58, "POST", "/nicepay/api/v1.0/debit/refund", false),
    QRIS_GENERATE(47, "POST", "/nicepay/api/v1.0/qr/qr-mpm-generate", false),
    QRIS_QUERY(51, "POST", "/nicepay/api/v1.0/qr/qr-mpm-query", true),
    QRIS_REFUND(78, "POST", "/nicepay/api/v1.0/qr/qr-mpm-refund", false),
    /** Reads the payout balance; moves nothing, so it is safe to repeat. */
    BALANCE_INQUIRY(11, "POST", "/nicepay/api/v1.0/balance-inquiry", true),
    /**
     * Registers a payout (disbursement); changes state, sent once. The payout family has no two-digit service code in
     * NICEPAY's pages; {@code 00} is what NICEPAY's PHP client's tests expect ({@code 2000000} for all five calls).
     */
    PAYOUT_REGISTRATION(0, "POST", "/nicepay/api/v1.0/transfer/registration", false),
    /** Approves a registered payout: money moves; sent once, settled by {@link #PAYOUT_INQUIRY}. */
    PAYOUT_APPROVE(0, "POST", "/nicepay/api/v1.0/transfer/approve", false),
    /** Reads a payout's state; safe to repeat. */
    PAYOUT_INQUIRY(0, "POST", "/nicepay/api/v1.0/transfer/inquiry", true),
    /** Cancels a payout; changes state, sent once. */
    PAYOUT_CANCEL(0, "POST", "/nicepay/api/v1.0/transfer/cancel", false),
    /** Rejects a payout; changes state, sent once. */
    PAYOUT_REJECT(0, "POST", "/nicepay/api/v1.0/transfer/reject", false);

    private final ServiceCode code;
    private final String method;
    private final String path;
    private final boolean idempotent;

    SnapService(int code, String method, String path, boolean idempotent) {
        this.code = ServiceCode.of(code);
        this.method = method;
        this.path = path;
        this.idempotent = idempotent;
    }

    public ServiceCode code() {
        return code;
    }

    /** The upper-case HTTP verb. */
    public String method() {
        return method;
    }

    /** The request path as sent, with the {@code /nicepay} prefix. */
    public String path() {
        return path;
    }

    /** The path inside the signature: without {@code /nicepay}. */
    public String signedPath() {
        return SignedPath.of(path);
    }

    /** True when the call is safe to repeat (status and balance inquiries). */
    public boolean idempotent() {
        return idempotent;
    }

    /** The service with this two-digit code (the payout family has none; look it up by name). */
    public static Optional<SnapService> byCode(int code) {
        return Arrays.stream(values()).filter(s -> code != 0 && s.code.value() == code).findFirst();
    }

    /** The service at this request path, whatever the method. */
    public static Optional<SnapService> byPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
    }

    /**
     * Parses a CLI or configuration value: a service code ({@code 26}) or a name ({@code VA_STATUS}).
     *
     * @throws IllegalArgumentException listing the catalogue
     */
    public static SnapService parse(String text) {
        String t = text == null ? "" : text.strip();
        Optional<SnapService> found = t.matches("\\d{1,2}") ? byCode(Integer.parseInt(t))
                : Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t.replace('-', '_'))).findFirst();
        return found.orElseThrow(() -> new IllegalArgumentException("unknown SNAP service '" + t + "'; use one of "
                + Arrays.stream(values()).map(s -> s.code.value() == 0 ? s.name() : s.code + " (" + s.name() + ")")
                        .toList()));
    }
}
