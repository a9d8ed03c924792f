package dev.snapgate.api;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.SnapService;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks for an e-wallet payment's state (service 55); safe to repeat. Sends {@code serviceCode} {@code 54} as
 * NICEPAY's clients do. {@code originalReferenceNo} may be {@code ""} when NICEPAY's answer was never received.
 */
public record EwalletStatusRequest(String merchantId, Optional<String> subMerchantId, String originalReferenceNo,
        String originalPartnerReferenceNo, Optional<Amount> amount) implements SnapRequest {

    public EwalletStatusRequest {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(subMerchantId, "subMerchantId");
        Objects.requireNonNull(originalReferenceNo, "originalReferenceNo");
        Objects.requireNonNull(originalPartnerReferenceNo, "originalPartnerReferenceNo");
        Objects.requireNonNull(amount, "amount");
    }

    public static EwalletStatusRequest of(String merchantId, String originalPartnerReferenceNo,
            String originalReferenceNo) {
        return new EwalletStatusRequest(merchantId, Optional.empty(), originalReferenceNo,
                originalPartnerReferenceNo, Optional.empty());
    }

    @Override
    public SnapService service() {
        return SnapService.EWALLET_STATUS;
    }

    @Override
    public Map<String, Object> toBody() {
        return new Body().put("merchantId", merchantId).put("subMerchantId", subMerchantId)
                .put("originalReferenceNo", originalReferenceNo)
                .put("originalPartnerReferenceNo", originalPartnerReferenceNo).put("serviceCode", "54")
                .put("amount", amount).info(Map.of()).map();
    }
}
