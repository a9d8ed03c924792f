package dev.snapgate.boottest;

import dev.snapgate.domain.inbound.Bill;
import dev.snapgate.domain.inbound.BillLookup;
import dev.snapgate.domain.inbound.Bills;
import dev.snapgate.domain.inbound.Booking;
import dev.snapgate.domain.inbound.VaInquiry;
import dev.snapgate.domain.inbound.VaPayment;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The platform's own bill book: the only code it writes for NICEPAY's inquiry-VA flow. */
@Component
public class BillBook implements Bills {

    private final Map<String, Bill> open = new ConcurrentHashMap<>();

    public void open(Bill bill) {
        open.put(bill.virtualAccountNo(), bill);
    }

    @Override
    public BillLookup find(VaInquiry inquiry) {
        Bill bill = open.get(inquiry.virtualAccountNo().strip());
        return bill == null ? BillLookup.unknownAccount() : BillLookup.found(bill);
    }

    @Override
    public Booking book(VaPayment payment) {
        Bill bill = open.remove(payment.virtualAccountNo().strip()); // atomically: a bill is paid once
        return bill == null ? Booking.alreadyPaid() : Booking.booked(bill);
    }
}
