package dev.snapgate.domain.inbound;

/**
 * The port a platform implements for NICEPAY's inquiry-VA flow: look up the bill behind a virtual account, and book
 * a payment of it. snapgate calls it only after NICEPAY's token, signature, headers, mandatory fields and
 * {@code X-EXTERNAL-ID} have been checked, so a replayed request never reaches it. Implementations must be
 * thread-safe, and {@link #book} must itself refuse a second payment of a paid bill ({@link Booking#alreadyPaid()}):
 * NICEPAY may pay the same bill again with a new external ID. An exception becomes {@code 500XX00}, and nothing is
 * said about it to NICEPAY.
 */
public interface Bills {

    /** The open bill behind {@code inquiry.virtualAccountNo()}, or {@link BillLookup#unknownAccount()}. */
    BillLookup find(VaInquiry inquiry);

    /** Books {@code payment} against its bill, exactly once. */
    Booking book(VaPayment payment);
}
