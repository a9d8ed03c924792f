package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.AMOUNT;
import static dev.snapgate.api.schema.Fields.MERCHANT_ID;
import static dev.snapgate.api.schema.Fields.ORIGINAL_PARTNER_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.ORIGINAL_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.SERVICE_CODE;
import static dev.snapgate.api.schema.Fields.SUB_MERCHANT_ID;

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
        Objects.requireNonNull(merchantId, MERCHANT_ID);
        Objects.requireNonNull(subMerchantId, SUB_MERCHANT_ID);
        Objects.requireNonNull(originalReferenceNo, ORIGINAL_REFERENCE_NO);
        Objects.requireNonNull(originalPartnerReferenceNo, ORIGINAL_PARTNER_REFERENCE_NO);
        Objects.requireNonNull(amount, AMOUNT);
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
        return new Body().put(MERCHANT_ID, merchantId).put(SUB_MERCHANT_ID, subMerchantId)
                .put(ORIGINAL_REFERENCE_NO, originalReferenceNo)
                .put(ORIGINAL_PARTNER_REFERENCE_NO, originalPartnerReferenceNo).put(SERVICE_CODE, "54")
                .put(AMOUNT, amount).info(Map.of()).map();
    }
}
