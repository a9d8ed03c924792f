package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.CANCEL_TYPE;
import static dev.snapgate.api.schema.Fields.EXTERNAL_STORE_ID;
import static dev.snapgate.api.schema.Fields.MERCHANT_ID;
import static dev.snapgate.api.schema.Fields.ORIGINAL_PARTNER_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.ORIGINAL_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.PARTNER_REFUND_NO;
import static dev.snapgate.api.schema.Fields.REASON;
import static dev.snapgate.api.schema.Fields.REFUND_AMOUNT;

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
        Objects.requireNonNull(originalReferenceNo, ORIGINAL_REFERENCE_NO);
        Objects.requireNonNull(originalPartnerReferenceNo, ORIGINAL_PARTNER_REFERENCE_NO);
        Objects.requireNonNull(partnerRefundNo, PARTNER_REFUND_NO);
        Objects.requireNonNull(merchantId, MERCHANT_ID);
        Objects.requireNonNull(externalStoreId, EXTERNAL_STORE_ID);
        Objects.requireNonNull(refundAmount, REFUND_AMOUNT);
        Objects.requireNonNull(reason, REASON);
    }

    @Override
    public SnapService service() {
        return SnapService.QRIS_REFUND;
    }

    @Override
    public Map<String, Object> toBody() {
        return new Body().put(ORIGINAL_REFERENCE_NO, originalReferenceNo)
                .put(ORIGINAL_PARTNER_REFERENCE_NO, originalPartnerReferenceNo).put(PARTNER_REFUND_NO, partnerRefundNo)
                .put(MERCHANT_ID, merchantId).put(EXTERNAL_STORE_ID, externalStoreId)
                .put(REFUND_AMOUNT, refundAmount).put(REASON, reason).info(Map.of(), CANCEL_TYPE, "1").map();
    }
}
