package dev.snapgate.domain.inbound;

import java.util.Objects;
import java.util.Optional;

/** The platform's answer to an inquiry: the open bill, or none for that virtual account. */
public record BillLookup(Optional<Bill> bill) {

    public BillLookup {
        Objects.requireNonNull(bill, "bill");
    }

    public static BillLookup found(Bill bill) {
        return new BillLookup(Optional.of(bill));
    }

    /** No open bill: NICEPAY gets {@code 4042419} (invalid virtual account). */
    public static BillLookup unknownAccount() {
        return new BillLookup(Optional.empty());
    }
}
