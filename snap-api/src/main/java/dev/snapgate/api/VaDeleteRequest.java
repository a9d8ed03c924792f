package dev.snapgate.api;

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
        Objects.requireNonNull(partnerServiceId, "partnerServiceId");
        Objects.requireNonNull(customerNo, "customerNo");
        Objects.requireNonNull(virtualAccountNo, "virtualAccountNo");
        Objects.requireNonNull(trxId, "trxId");
        Objects.requireNonNull(totalAmount, "totalAmount");
        Objects.requireNonNull(tXidVA, "tXidVA");
        Objects.requireNonNull(cancelMessage, "cancelMessage");
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
        return new Body().put("partnerServiceId", partnerServiceId).put("customerNo", customerNo)
                .put("virtualAccountNo", virtualAccountNo).put("trxId", trxId)
                .info(Map.of(), "totalAmount", totalAmount, "tXidVA", tXidVA, "cancelMessage", cancelMessage).map();
    }
}
