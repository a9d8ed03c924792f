package dev.snapgate.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.inbound.Bill;
import dev.snapgate.domain.inbound.BillLookup;
import dev.snapgate.domain.inbound.Bills;
import dev.snapgate.domain.inbound.Booking;
import dev.snapgate.domain.inbound.InboundNotification;
import dev.snapgate.domain.inbound.VaInquiry;
import dev.snapgate.domain.inbound.VaPayment;
import dev.snapgate.emulator.NicepayFlow;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.inbound.SnapInbound;
import dev.snapgate.signing.HmacSha512Signer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both directions end to end: the emulator plays NICEPAY (token, inquiry, payment, notifications, signed as NICEPAY
 * signs) against the servlet mounted under {@code /nicepay/*} in an embedded Jetty 12 servlet container on loopback.
 */
class ServletInboundIT {

    private static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");
    private static final Secret SECRET = Secret.of("servlet-inbound-secret");

    private SnapEmulator nicepay;
    private Server jetty;
    private URI merchant;
    private final Map<String, Bill> open = new ConcurrentHashMap<>();
    private final AtomicInteger bookings = new AtomicInteger();
    private final BlockingQueue<InboundNotification> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        nicepay = SnapEmulator.builder().client(CLIENT, dev.snapgate.signing.Fixtures.rsa2048Public(), SECRET).start();
        open.put("8808123456", new Bill("8808123456", "Budi Santoso", Amount.idr("50000.00")));
        Bills bills = new Bills() {
            @Override
            public BillLookup find(VaInquiry inquiry) {
                Bill b = open.get(inquiry.virtualAccountNo().strip());
                return b == null ? BillLookup.unknownAccount() : BillLookup.found(b);
            }

            @Override
            public synchronized Booking book(VaPayment payment) {
                Bill b = open.remove(payment.virtualAccountNo().strip());
                if (b == null) {
                    return Booking.alreadyPaid();
                }
                bookings.incrementAndGet();
                return Booking.booked(b);
            }
        };
        SnapInbound inbound = SnapInbound.builder()
                .nicepayPublicKey(nicepay.transactionPublicKey())
                .notificationPublicKey(nicepay.notificationPublicKey())
                .clientKey(CLIENT)
                .clientSecret(new HmacSha512Signer(SECRET))
                .bills(bills)
                .notifications(received::add)
                .build();
        jetty = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new SnapInboundServlet(inbound)), "/nicepay/*");
        jetty.setHandler(context);
        jetty.start();
        merchant = URI.create("http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort()
                + "/nicepay");
    }

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
        nicepay.close();
    }

    @Test
    void nicepaysInquiryVaFlow_tokenInquiryPayment_passesThroughTheServlet() throws Exception {
        NicepayFlow flow = nicepay.nicepayFlow(merchant, CLIENT, SECRET);

        List<NicepayFlow.Step> steps = flow.run("   88081", "23456", "8808123456", Optional.empty());

        assertThat(steps).extracting(NicepayFlow.Step::responseCode).containsExactly("2007300", "2002400", "2002500");
        assertThat(steps.get(1).body()).contains("Budi Santoso");
        assertThat(bookings).hasValue(1);
        List<NicepayFlow.Step> again = flow.run("   88081", "23456", "8808123456",
                Optional.of(Amount.idr("50000.00")));
        assertThat(again.get(again.size() - 1).responseCode()).isEqualTo("4042419"); // bill gone after payment
    }

    @Test
    void anUnsignedOrWrongKeyFlow_isRefused() throws Exception {
        NicepayFlow impostor = new NicepayFlow(merchant, CLIENT, dev.snapgate.signing.Fixtures.rsa2048().signer(),
                SECRET, java.time.Clock.systemUTC());
        NicepayFlow wrongSecret = nicepay.nicepayFlow(merchant, CLIENT, Secret.of("not-the-secret"));

        assertThat(impostor.token().responseCode()).isEqualTo("4017300");
        List<NicepayFlow.Step> steps = wrongSecret.run("   88081", "23456", "8808123456", Optional.empty());
        assertThat(steps).extracting(NicepayFlow.Step::responseCode).containsExactly("2007300", "4012400");
        assertThat(bookings).hasValue(0);
    }

    @Test
    void theEmulatorsSignedNotification_reachesThePlatform_typed() throws Exception {
        NicepayFlow flow = nicepay.nicepayFlow(merchant, CLIENT, SECRET);

        NicepayFlow.Step step = flow.notify("/notify", Map.of("originalReferenceNo", "R1",
                "originalPartnerReferenceNo", "QRIS-1", "latestTransactionStatus", "00", "externalStoreID", "STORE01",
                "amount", Map.of("value", "15000.00", "currency", "IDR"), "additionalInfo", Map.of()));

        assertThat(step.responseCode()).isEqualTo("2005200");
        assertThat(received.poll(5, TimeUnit.SECONDS)).isInstanceOf(InboundNotification.Qris.class);
    }

    @Test
    void aPaymentSimulatedAtTheEmulator_isNotifiedToTheServlet() throws Exception {
        try (dev.snapgate.http.SnapClient client = dev.snapgate.http.SnapClient.builder().baseUrl(nicepay.baseUrl())
                .merchant(dev.snapgate.domain.Merchant.of(CLIENT, dev.snapgate.signing.Fixtures.rsa2048().signer(),
                        new HmacSha512Signer(SECRET))).build()) {
            client.virtualAccounts().create(dev.snapgate.api.VaCreateRequest.of("ORDER-77", "Budi",
                    Amount.idr(1000), "BMRI").withDbProcessUrl(merchant + "/notify"));

            assertThat(nicepay.payVirtualAccount("ORDER-77").get(10, TimeUnit.SECONDS).delivered()).isTrue();
        }
        assertThat(received.poll(5, TimeUnit.SECONDS)).isInstanceOfSatisfying(InboundNotification.VaPaid.class,
                n -> assertThat(n.trxId()).isEqualTo("ORDER-77"));
    }
}
