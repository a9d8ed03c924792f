package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.CANCEL_MESSAGE;
import static dev.snapgate.api.schema.Fields.CUSTOMER_NO;
import static dev.snapgate.api.schema.Fields.PARTNER_SERVICE_ID;
import static dev.snapgate.api.schema.Fields.TOTAL_AMOUNT;
import static dev.snapgate.api.schema.Fields.TRX_ID;
import static dev.snapgate.api.schema.Fields.T_XID_VA;
import static dev.snapgate.api.schema.Fields.VIRTUAL_ACCOUNT_NO;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.SnapService;
import java.util.Map;
import java.util.Objects;

/**
 * Deletes (cancels) an unpaid virtual account (service 31, {@code DELETE} with a JSON body); changes state, sent once.
 * {@code totalAmount}, {@code tXidVA} and {@code cancelMessage} go into {@code additionalInfo}.
 */
public record VaDeleteRequest(String partnerServiceId, String customerNo, String virtualAccountNo, String trxId,
        Amount totalAmount, String tXidVA, String cancelMessage) implements SnapRequest {

    public VaDeleteRequest {
        Objects.requireNonNull(partnerServiceId, PARTNER_SERVICE_ID);
        Objects.requireNonNull(customerNo, CUSTOMER_NO);
        Objects.requireNonNull(virtualAccountNo, VIRTUAL_ACCOUNT_NO);
        Objects.requireNonNull(trxId, TRX_ID);
        Objects.requireNonNull(totalAmount, TOTAL_AMOUNT);
        Objects.requireNonNull(tXidVA, T_XID_VA);
        Objects.requireNonNull(cancelMessage, CANCEL_MESSAGE);
    }

    /** Deletes an account NICEPAY created. */
    public static VaDeleteRequest of(VirtualAccount va, String cancelMessage) {
        return new VaDeleteRequest(va.partnerServiceId(), va.customerNo(), va.virtualAccountNo(), va.trxId(),
                va.totalAmount().orElseThrow(() -> new IllegalArgumentException("the account carries no"
                        + " totalAmount; build the request with the amount it was created for")),
                va.tXidVA(), cancelMessage);
    }

    @Override
    public SnapService service() {
        return SnapService.VA_DELETE;
    }

    @Override
    public Map<String, Object> toBody() {
        return new Body().put(PARTNER_SERVICE_ID, partnerServiceId).put(CUSTOMER_NO, customerNo)
                .put(VIRTUAL_ACCOUNT_NO, virtualAccountNo).put(TRX_ID, trxId)
                .info(Map.of(), TOTAL_AMOUNT, totalAmount, T_XID_VA, tXidVA, CANCEL_MESSAGE, cancelMessage).map();
    }
}
