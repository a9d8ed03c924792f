package dev.snapgate.api;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.SnapService;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Refunds (part of) an e-wallet payment (service 58); moves money, sent once. Sends {@code refundType} {@code 1}. */
public record EwalletRefundRequest(String partnerRefundNo, String merchantId, Optional<String> subMerchantId,
        String originalPartnerReferenceNo, String originalReferenceNo, Optional<String> externalStoreId,
        Optional<String> reason, Amount refundAmount) implements SnapRequest {

    public EwalletRefundRequest {
        Objects.requireNonNull(partnerRefundNo, "partnerRefundNo");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(subMerchantId, "subMerchantId");
        Objects.requireNonNull(originalPartnerReferenceNo, "originalPartnerReferenceNo");
        Objects.requireNonNull(originalReferenceNo, "originalReferenceNo");
        Objects.requireNonNull(externalStoreId, "externalStoreId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(refundAmount, "refundAmount");
    }

    public static EwalletRefundRequest of(String partnerRefundNo, String merchantId, EwalletPayment payment,
            Amount refundAmount, String reason) {
        return new EwalletRefundRequest(partnerRefundNo, merchantId, Optional.empty(), payment.partnerReferenceNo(),
                payment.referenceNo(), Optional.empty(), Optional.of(reason), refundAmount);
    }

    @Override
    public SnapService service() {
        return SnapService.EWALLET_REFUND;
    }

    @Override
    public Map<String, Object> toBody() {
        return new Body().put("partnerRefundNo", partnerRefundNo).put("merchantId", merchantId)
                .put("subMerchantId", subMerchantId).put("originalPartnerReferenceNo", originalPartnerReferenceNo)
                .put("originalReferenceNo", originalReferenceNo).put("externalStoreId", externalStoreId)
                .put("reason", reason).put("refundAmount", refundAmount).info(Map.of(), "refundType", "1").map();
    }
}
