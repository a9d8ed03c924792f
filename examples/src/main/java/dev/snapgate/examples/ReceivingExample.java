package dev.snapgate.examples;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.inbound.Bill;
import dev.snapgate.domain.inbound.BillLookup;
import dev.snapgate.domain.inbound.Bills;
import dev.snapgate.domain.inbound.Booking;
import dev.snapgate.domain.inbound.InboundNotification;
import dev.snapgate.domain.inbound.VaInquiry;
import dev.snapgate.domain.inbound.VaPayment;
import dev.snapgate.inbound.SnapInbound;
import dev.snapgate.servlet.SnapInboundServlet;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PublicKeyLoader;
import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Receiving NICEPAY's calls on a servlet container: the platform writes its bill lookup and booking, and mounts one
 * servlet. The README shows {@link #mount} verbatim; {@code ExamplesIT} runs it in Jetty against the emulator.
 */
public final class ReceivingExample {

    private ReceivingExample() {
    }

    /** The platform's own bill book (here: a map); the only code a platform writes for the inquiry-VA flow. */
    public static final class MyBills implements Bills {
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
            Bill bill = open.remove(payment.virtualAccountNo().strip());     // atomically: a bill is paid once
            return bill == null ? Booking.alreadyPaid() : Booking.booked(bill);
        }
    }

    public static void mount(ServletContext servletContext, Path nicepayPublicKey, Path notificationKey,
            Secret clientSecret, Bills bills, Consumer<InboundNotification> onPayment) {
        SnapInbound inbound = SnapInbound.builder()
                .nicepayPublicKey(PublicKeyLoader.load(nicepayPublicKey))   // NICEPAY's keys, e-mailed to you:
                .notificationPublicKey(PublicKeyLoader.load(notificationKey)) // its calls' and its notifications'
                .clientKey(ClientKey.of("IONPAYTEST"))                      // the client key NICEPAY presents
                .clientSecret(new HmacSha512Signer(clientSecret))            // the secret you gave NICEPAY
                .bills(bills)                                               // inquiry (24) and payment (25)
                .notifications(onPayment::accept)                           // VA, QRIS, e-wallet, payout
                .build();
        servletContext.addServlet("nicepay", new SnapInboundServlet(inbound)).addMapping("/nicepay/*");
    }
}
