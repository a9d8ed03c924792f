package dev.snapgate.domain.inbound;

import java.util.Objects;
import java.util.Optional;

/**
 * The platform's answer to a payment: booked (with the bill it settled), or why not. NICEPAY gets {@code 2002500},
 * {@code 4042519} (invalid virtual account), {@code 4042513} (paid bill) or {@code 4002501} (the paid amount does
 * not match the bill).
 */
public record Booking(Outcome outcome, Optional<Bill> bill) {

    /** What happened to the payment. */
    public enum Outcome {
        BOOKED, UNKNOWN_ACCOUNT, ALREADY_PAID, WRONG_AMOUNT
    }

    public Booking {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(bill, "bill");
        if (outcome == Outcome.BOOKED && bill.isEmpty()) {
            throw new IllegalArgumentException("a booked payment names the bill it settled");
        }
    }

    public static Booking booked(Bill bill) {
        return new Booking(Outcome.BOOKED, Optional.of(bill));
    }

    public static Booking unknownAccount() {
        return new Booking(Outcome.UNKNOWN_ACCOUNT, Optional.empty());
    }

    public static Booking alreadyPaid() {
        return new Booking(Outcome.ALREADY_PAID, Optional.empty());
    }

    public static Booking wrongAmount() {
        return new Booking(Outcome.WRONG_AMOUNT, Optional.empty());
    }
}
