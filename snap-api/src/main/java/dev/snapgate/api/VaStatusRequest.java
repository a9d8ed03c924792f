package dev.snapgate.api;

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
        Objects.requireNonNull(partnerServiceId, "partnerServiceId");
        Objects.requireNonNull(customerNo, "customerNo");
        Objects.requireNonNull(virtualAccountNo, "virtualAccountNo");
        Objects.requireNonNull(inquiryRequestId, "inquiryRequestId");
        Objects.requireNonNull(totalAmount, "totalAmount");
        Objects.requireNonNull(trxId, "trxId");
        Objects.requireNonNull(tXidVA, "tXidVA");
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
        return new Body().put("partnerServiceId", partnerServiceId).put("customerNo", customerNo)
                .put("virtualAccountNo", virtualAccountNo).put("inquiryRequestId", inquiryRequestId)
                .info(Map.of(), "totalAmount", totalAmount, "trxId", trxId, "tXidVA", tXidVA).map();
    }
}
