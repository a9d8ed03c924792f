package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.AMOUNT;
import static dev.snapgate.api.schema.Fields.DB_PROCESS_URL;
import static dev.snapgate.api.schema.Fields.MERCHANT_ID;
import static dev.snapgate.api.schema.Fields.MITRA_CD;
import static dev.snapgate.api.schema.Fields.PARTNER_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.STORE_ID;

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
        Objects.requireNonNull(partnerReferenceNo, PARTNER_REFERENCE_NO);
        Objects.requireNonNull(amount, AMOUNT);
        Objects.requireNonNull(merchantId, MERCHANT_ID);
        Objects.requireNonNull(storeId, STORE_ID);
        Objects.requireNonNull(validityPeriod, "validityPeriod");
        Objects.requireNonNull(mitraCd, MITRA_CD);
        Objects.requireNonNull(dbProcessUrl, DB_PROCESS_URL);
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
        return new Body().put(PARTNER_REFERENCE_NO, partnerReferenceNo).put(AMOUNT, amount)
                .put(MERCHANT_ID, merchantId).put(STORE_ID, storeId).put("validityPeriod", validityPeriod)
                .info(moreInfo, MITRA_CD, mitraCd, DB_PROCESS_URL, dbProcessUrl).map();
    }
}
