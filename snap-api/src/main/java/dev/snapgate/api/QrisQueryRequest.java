package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.EXTERNAL_STORE_ID;
import static dev.snapgate.api.schema.Fields.MERCHANT_ID;
import static dev.snapgate.api.schema.Fields.ORIGINAL_PARTNER_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.ORIGINAL_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.SERVICE_CODE;

import dev.snapgate.domain.service.SnapService;
import java.util.Map;
import java.util.Objects;

/**
 * Asks for a QRIS order's state (service 51; the body carries {@code serviceCode} {@code 47} as NICEPAY's query page
 * says). Safe to repeat. {@code originalReferenceNo} may be {@code ""} when the generate answer was never received.
 */
public record QrisQueryRequest(String originalReferenceNo, String originalPartnerReferenceNo, String merchantId,
        String externalStoreId) implements SnapRequest {

    public QrisQueryRequest {
        Objects.requireNonNull(originalReferenceNo, ORIGINAL_REFERENCE_NO);
        Objects.requireNonNull(originalPartnerReferenceNo, ORIGINAL_PARTNER_REFERENCE_NO);
        Objects.requireNonNull(merchantId, MERCHANT_ID);
        Objects.requireNonNull(externalStoreId, EXTERNAL_STORE_ID);
    }

    public static QrisQueryRequest of(QrisCode code, String merchantId, String storeId) {
        return new QrisQueryRequest(code.referenceNo(), code.partnerReferenceNo(), merchantId, storeId);
    }

    @Override
    public SnapService service() {
        return SnapService.QRIS_QUERY;
    }

    @Override
    public Map<String, Object> toBody() {
        return new Body().put(ORIGINAL_REFERENCE_NO, originalReferenceNo)
                .put(ORIGINAL_PARTNER_REFERENCE_NO, originalPartnerReferenceNo).put(MERCHANT_ID, merchantId)
                .put(EXTERNAL_STORE_ID, externalStoreId).put(SERVICE_CODE, "47").info(Map.of()).map();
    }
}
