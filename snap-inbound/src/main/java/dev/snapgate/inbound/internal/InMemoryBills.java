package dev.snapgate.inbound.internal;

import dev.snapgate.domain.inbound.Bill;
import dev.snapgate.domain.inbound.BillLookup;
import dev.snapgate.domain.inbound.Bills;
import dev.snapgate.domain.inbound.Booking;
import dev.snapgate.domain.inbound.VaInquiry;
import dev.snapgate.domain.inbound.VaPayment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A bill book in memory, for development, tests and {@code snapgate serve}: inquiry answers from the open bills,
 * payment books a bill once (the exact amount; a second payment is {@link Booking#alreadyPaid()}). Virtual account
 * numbers are compared without surrounding spaces. A restart forgets every payment. Thread-safe.
 */
public final class InMemoryBills implements Bills {

    private final Map<String, Bill> open = new LinkedHashMap<>();
    private final Map<String, Bill> paid = new LinkedHashMap<>();

    /**
     * Opens {@code bill} for payment.
     *
     * @throws IllegalArgumentException when a bill with that virtual account number is already open
     */
    public synchronized void open(Bill bill) {
        Objects.requireNonNull(bill, "bill");
        String va = bill.virtualAccountNo().strip();
        if (open.containsKey(va)) {
            throw new IllegalArgumentException("virtualAccountNo " + va + " already has an open bill");
        }
        open.put(va, bill);
    }

    public synchronized int openCount() {
        return open.size();
    }

    /** How many bills were paid. */
    public synchronized int paidCount() {
        return paid.size();
    }

    @Override
    public synchronized BillLookup find(VaInquiry inquiry) {
        Bill bill = open.get(inquiry.virtualAccountNo().strip());
        return bill == null ? BillLookup.unknownAccount() : BillLookup.found(bill);
    }

    @Override
    public synchronized Booking book(VaPayment payment) {
        String va = payment.virtualAccountNo().strip();
        if (paid.containsKey(va)) {
            return Booking.alreadyPaid();
        }
        Bill bill = open.get(va);
        if (bill == null) {
            return Booking.unknownAccount();
        }
        if (!bill.totalAmount().equals(payment.paidAmount())) {
            return Booking.wrongAmount();
        }
        open.remove(va);
        paid.put(va, bill);
        return Booking.booked(bill);
    }
}
