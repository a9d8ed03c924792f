package dev.snapgate.api;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.SnapService;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Generates a QRIS (MPM) code for an order (service 47); creates a payable order, sent once. {@code mitraCd} (e.g.
 * {@code QSHP}) and {@code dbProcessUrl} go into {@code additionalInfo}, followed by {@code moreInfo}
 * ({@code goodsNm}, {@code billingNm}...).
 */
public record QrisGenerateRequest(String partnerReferenceNo, Amount amount, String merchantId, String storeId,
        Optional<String> validityPeriod, Optional<String> mitraCd, Optional<String> dbProcessUrl,
        Map<String, Object> moreInfo) implements SnapRequest {

    public QrisGenerateRequest {
        Objects.requireNonNull(partnerReferenceNo, "partnerReferenceNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(validityPeriod, "validityPeriod");
        Objects.requireNonNull(mitraCd, "mitraCd");
        Objects.requireNonNull(dbProcessUrl, "dbProcessUrl");
        moreInfo = Body.copy(moreInfo);
    }

    public static QrisGenerateRequest of(String partnerReferenceNo, Amount amount, String merchantId, String storeId) {
        return new QrisGenerateRequest(partnerReferenceNo, amount, merchantId, storeId, Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of());
    }

    public QrisGenerateRequest withMitraCd(String code) {
        return new QrisGenerateRequest(partnerReferenceNo, amount, merchantId, storeId, validityPeriod,
                Optional.of(code), dbProcessUrl, moreInfo);
    }

    public QrisGenerateRequest withDbProcessUrl(String url) {
        return new QrisGenerateRequest(partnerReferenceNo, amount, merchantId, storeId, validityPeriod, mitraCd,
                Optional.of(url), moreInfo);
    }

    public QrisGenerateRequest withMoreInfo(Map<String, ?> more) {
        return new QrisGenerateRequest(partnerReferenceNo, amount, merchantId, storeId, validityPeriod, mitraCd,
                dbProcessUrl, Body.copy(more));
    }

    @Override
    public SnapService service() {
        return SnapService.QRIS_GENERATE;
    }

    @Override
    public Map<String, Object> toBody() {
        return new Body().put("partnerReferenceNo", partnerReferenceNo).put("amount", amount)
                .put("merchantId", merchantId).put("storeId", storeId).put("validityPeriod", validityPeriod)
                .info(moreInfo, "mitraCd", mitraCd, "dbProcessUrl", dbProcessUrl).map();
    }
}
