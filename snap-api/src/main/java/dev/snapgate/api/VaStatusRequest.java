package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.CUSTOMER_NO;
import static dev.snapgate.api.schema.Fields.INQUIRY_REQUEST_ID;
import static dev.snapgate.api.schema.Fields.PARTNER_SERVICE_ID;
import static dev.snapgate.api.schema.Fields.TOTAL_AMOUNT;
import static dev.snapgate.api.schema.Fields.TRX_ID;
import static dev.snapgate.api.schema.Fields.T_XID_VA;
import static dev.snapgate.api.schema.Fields.VIRTUAL_ACCOUNT_NO;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.SnapService;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks for a virtual account's state (service 26); safe to repeat. {@code totalAmount}, {@code trxId} and
 * {@code tXidVA} go into {@code additionalInfo}. {@link #of(VirtualAccount)} builds it from a created account.
 */
public record VaStatusRequest(String partnerServiceId, String customerNo, String virtualAccountNo,
        Optional<String> inquiryRequestId, Amount totalAmount, String trxId, Optional<String> tXidVA)
        implements SnapRequest {

    public VaStatusRequest {
        Objects.requireNonNull(partnerServiceId, PARTNER_SERVICE_ID);
        Objects.requireNonNull(customerNo, CUSTOMER_NO);
        Objects.requireNonNull(virtualAccountNo, VIRTUAL_ACCOUNT_NO);
        Objects.requireNonNull(inquiryRequestId, INQUIRY_REQUEST_ID);
        Objects.requireNonNull(totalAmount, TOTAL_AMOUNT);
        Objects.requireNonNull(trxId, TRX_ID);
        Objects.requireNonNull(tXidVA, T_XID_VA);
    }

    /** The status of an account NICEPAY created. */
    public static VaStatusRequest of(VirtualAccount va) {
        return new VaStatusRequest(va.partnerServiceId(), va.customerNo(), va.virtualAccountNo(), Optional.empty(),
                va.totalAmount().orElseThrow(() -> new IllegalArgumentException("the account carries no"
                        + " totalAmount; build the request with the amount it was created for")),
                va.trxId(), Optional.of(va.tXidVA()).filter(s -> !s.isEmpty()));
    }

    @Override
    public SnapService service() {
        return SnapService.VA_STATUS;
    }

    @Override
    public Map<String, Object> toBody() {
        return new Body().put(PARTNER_SERVICE_ID, partnerServiceId).put(CUSTOMER_NO, customerNo)
                .put(VIRTUAL_ACCOUNT_NO, virtualAccountNo).put(INQUIRY_REQUEST_ID, inquiryRequestId)
                .info(Map.of(), TOTAL_AMOUNT, totalAmount, TRX_ID, trxId, T_XID_VA, tXidVA).map();
    }
}
