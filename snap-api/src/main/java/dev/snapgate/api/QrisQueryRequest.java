package dev.snapgate.api;

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
        Objects.requireNonNull(originalReferenceNo, "originalReferenceNo");
        Objects.requireNonNull(originalPartnerReferenceNo, "originalPartnerReferenceNo");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(externalStoreId, "externalStoreId");
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
        return new Body().put("originalReferenceNo", originalReferenceNo)
                .put("originalPartnerReferenceNo", originalPartnerReferenceNo).put("merchantId", merchantId)
                .put("externalStoreId", externalStoreId).put("serviceCode", "47").info(Map.of()).map();
    }
}
