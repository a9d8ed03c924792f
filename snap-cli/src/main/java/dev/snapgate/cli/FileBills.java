package dev.snapgate.cli;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.SnapConfigurationException;
import dev.snapgate.domain.inbound.Bill;
import dev.snapgate.domain.inbound.BillLookup;
import dev.snapgate.domain.inbound.Bills;
import dev.snapgate.domain.inbound.Booking;
import dev.snapgate.domain.inbound.VaInquiry;
import dev.snapgate.domain.inbound.VaPayment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code snapgate serve}'s bill book, loaded from a JSON list of open bills: inquiry answers from it, payment marks a
 * bill paid (a second payment gets NICEPAY's paid-bill code). In memory: a restart reopens every bill.
 */
final class FileBills implements Bills {

    private final Map<String, Bill> open = new LinkedHashMap<>();
    private final Map<String, Bill> paid = new LinkedHashMap<>();

    FileBills(List<Map<String, Object>> entries, String source) {
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> e = entries.get(i);
            String where = source + " entry " + (i + 1);
            String va = text(e, "virtualAccountNo", where).strip();
            Object amount = e.get("totalAmount");
            Amount total;
            try {
                total = amount instanceof String s ? Amount.idr(s) : Amount.fromWire(amount).orElseThrow(() ->
                        new IllegalArgumentException("not an amount"));
            } catch (IllegalArgumentException bad) {
                throw new SnapConfigurationException(where + ": totalAmount must be \"50000.00\" or"
                        + " {\"value\":\"50000.00\",\"currency\":\"IDR\"}");
            }
            if (open.put(va, new Bill(va, text(e, "virtualAccountName", where), total)) != null) {
                throw new SnapConfigurationException(where + ": virtualAccountNo " + va + " is listed twice");
            }
        }
    }

    private static String text(Map<String, Object> e, String field, String where) {
        if (!(e.get(field) instanceof String s) || s.isBlank()) {
            throw new SnapConfigurationException(where + ": " + field + " is missing; each bill needs"
                    + " virtualAccountNo, virtualAccountName and totalAmount");
        }
        return s;
    }

    int openCount() {
        return open.size();
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
