package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.EXTERNAL_STORE_ID;
import static dev.snapgate.api.schema.Fields.MERCHANT_ID;
import static dev.snapgate.api.schema.Fields.ORIGINAL_PARTNER_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.ORIGINAL_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.PARTNER_REFUND_NO;
import static dev.snapgate.api.schema.Fields.REASON;
import static dev.snapgate.api.schema.Fields.REFUND_AMOUNT;
import static dev.snapgate.api.schema.Fields.SUB_MERCHANT_ID;

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
        Objects.requireNonNull(partnerRefundNo, PARTNER_REFUND_NO);
        Objects.requireNonNull(merchantId, MERCHANT_ID);
        Objects.requireNonNull(subMerchantId, SUB_MERCHANT_ID);
        Objects.requireNonNull(originalPartnerReferenceNo, ORIGINAL_PARTNER_REFERENCE_NO);
        Objects.requireNonNull(originalReferenceNo, ORIGINAL_REFERENCE_NO);
        Objects.requireNonNull(externalStoreId, EXTERNAL_STORE_ID);
        Objects.requireNonNull(reason, REASON);
        Objects.requireNonNull(refundAmount, REFUND_AMOUNT);
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
        return new Body().put(PARTNER_REFUND_NO, partnerRefundNo).put(MERCHANT_ID, merchantId)
                .put(SUB_MERCHANT_ID, subMerchantId).put(ORIGINAL_PARTNER_REFERENCE_NO, originalPartnerReferenceNo)
                .put(ORIGINAL_REFERENCE_NO, originalReferenceNo).put(EXTERNAL_STORE_ID, externalStoreId)
                .put(REASON, reason).put(REFUND_AMOUNT, refundAmount).info(Map.of(), "refundType", "1").map();
    }
}
