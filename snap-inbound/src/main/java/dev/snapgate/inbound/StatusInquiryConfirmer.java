package dev.snapgate.inbound;

import static dev.snapgate.api.schema.Fields.*;

import static dev.snapgate.inbound.Checks.obj;
import static dev.snapgate.inbound.Checks.str;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.inbound.Confirmation;
import dev.snapgate.domain.inbound.InboundNotification;
import dev.snapgate.domain.inbound.NotificationConfirmer;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confirms a notification by NICEPAY's own status inquiry of the transaction it names, through a signed
 * {@link ServiceCaller} (e.g. {@code SnapClient.serviceCaller()}): VA status (26) for a VA payment, QRIS query (51),
 * e-wallet status (55), payout inquiry. {@link Confirmation#CONFIRMED} when NICEPAY reports the state the notification
 * claims (and, where both carry one, the same amount); {@link Confirmation#CONTRADICTED} when it reports another;
 * {@link Confirmation#UNAVAILABLE} when the inquiry fails. Costs one outbound call per notification. Thread-safe.
 */
public final class StatusInquiryConfirmer implements NotificationConfirmer {

    private static final Logger LOG = LoggerFactory.getLogger(StatusInquiryConfirmer.class);

    private final ServiceCaller nicepay;
    private final ClientKey merchant;
    private final String merchantId;

    /**
     * @param nicepay makes signed calls to NICEPAY
     * @param merchant the merchant's client key for those calls
     * @param merchantId the merchant ID (IMID) that QRIS, e-wallet and payout inquiries need when the notification
     *     does not carry one
     */
    public StatusInquiryConfirmer(ServiceCaller nicepay, ClientKey merchant, String merchantId) {
        this.nicepay = Objects.requireNonNull(nicepay, "nicepay");
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        this.merchantId = Objects.requireNonNull(merchantId, MERCHANT_ID);
    }

    @Override
    public Confirmation confirm(InboundNotification notification) {
        Map<String, Object> n = notification.body();
        Map<String, Object> inquiry = new LinkedHashMap<>();
        SnapService service;
        String claimedState;
        Optional<Amount> claimedAmount;
        if (notification instanceof InboundNotification.VaPaid va) {
            service = SnapService.VA_STATUS;
            inquiry.put(PARTNER_SERVICE_ID, str(n, PARTNER_SERVICE_ID));
            inquiry.put(CUSTOMER_NO, str(n, CUSTOMER_NO));
            inquiry.put(VIRTUAL_ACCOUNT_NO, va.virtualAccountNo());
            Map<String, Object> info = new LinkedHashMap<>();
            va.paidAmount().ifPresent(a -> info.put(TOTAL_AMOUNT, a.toWire()));
            info.put(TRX_ID, va.trxId());
            if (!str(obj(n, ADDITIONAL_INFO), T_XID_VA).isEmpty()) {
                info.put(T_XID_VA, str(obj(n, ADDITIONAL_INFO), T_XID_VA));
            }
            inquiry.put(ADDITIONAL_INFO, info);
            claimedState = "00";
            claimedAmount = va.paidAmount();
        } else {
            inquiry.put(MERCHANT_ID, str(n, MERCHANT_ID).isEmpty() ? merchantId : str(n, MERCHANT_ID));
            inquiry.put(ORIGINAL_PARTNER_REFERENCE_NO, str(n, ORIGINAL_PARTNER_REFERENCE_NO));
            inquiry.put(ORIGINAL_REFERENCE_NO, str(n, ORIGINAL_REFERENCE_NO));
            claimedState = str(n, LATEST_TRANSACTION_STATUS);
            if (notification instanceof InboundNotification.Qris q) {
                service = SnapService.QRIS_QUERY;
                inquiry.put(EXTERNAL_STORE_ID, q.externalStoreId());
                inquiry.put(SERVICE_CODE, "47");
                inquiry.put(ADDITIONAL_INFO, new LinkedHashMap<>());
                claimedAmount = q.amount();
            } else if (notification instanceof InboundNotification.Payout p) {
                service = SnapService.PAYOUT_INQUIRY;
                inquiry.put(BENEFICIARY_ACCOUNT_NO, str(n, BENEFICIARY_ACCOUNT_NO));
                claimedAmount = p.amount();
            } else {
                service = SnapService.EWALLET_STATUS;
                inquiry.put(SERVICE_CODE, "54");
                inquiry.put(ADDITIONAL_INFO, new LinkedHashMap<>());
                claimedAmount = ((InboundNotification.Ewallet) notification).amount();
            }
        }
        ServiceResponse answer;
        try {
            answer = nicepay.call(ServiceRequest.of(service, merchant, inquiry));
        } catch (RuntimeException e) {
            LOG.warn("notification confirmation: the {} inquiry failed ({})", service, e.getClass().getSimpleName());
            return Confirmation.UNAVAILABLE;
        }
        Map<String, Object> facts = service == SnapService.VA_STATUS ? obj(answer.body(), VIRTUAL_ACCOUNT_DATA)
                : answer.body();
        String state = str(facts, LATEST_TRANSACTION_STATUS);
        Optional<Amount> amount = Amount.fromWire(facts.get(service == SnapService.VA_STATUS ? TOTAL_AMOUNT
                : AMOUNT));
        boolean sameAmount = claimedAmount.isEmpty() || amount.isEmpty() || claimedAmount.equals(amount);
        return state.equals(claimedState) && sameAmount ? Confirmation.CONFIRMED : Confirmation.CONTRADICTED;
    }

    @Override
    public String toString() {
        return "StatusInquiryConfirmer[" + merchant + "]";
    }
}
