package dev.snapgate.api;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.SnapService;
import java.util.Map;
import java.util.Objects;

/**
 * Refunds (part of) a paid QRIS order (service 78); moves money, sent once. Sends {@code cancelType} {@code 1} and
 * {@code refundAmount} once (NICEPAY's docs example nests it twice: a documentation bug).
 */
public record QrisRefundRequest(String originalReferenceNo, String originalPartnerReferenceNo, String partnerRefundNo,
        String merchantId, String externalStoreId, Amount refundAmount, String reason) implements SnapRequest {

    public QrisRefundRequest {
        Objects.requireNonNull(originalReferenceNo, "originalReferenceNo");
        Objects.requireNonNull(originalPartnerReferenceNo, "originalPartnerReferenceNo");
        Objects.requireNonNull(partnerRefundNo, "partnerRefundNo");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(externalStoreId, "externalStoreId");
        Objects.requireNonNull(refundAmount, "refundAmount");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public SnapService service() {
        return SnapService.QRIS_REFUND;
    }

    @Override
    public Map<String, Object> toBody() {
        return new Body().put("originalReferenceNo", originalReferenceNo)
                .put("originalPartnerReferenceNo", originalPartnerReferenceNo).put("partnerRefundNo", partnerRefundNo)
                .put("merchantId", merchantId).put("externalStoreId", externalStoreId)
                .put("refundAmount", refundAmount).put("reason", reason).info(Map.of(), "cancelType", "1").map();
    }
}
