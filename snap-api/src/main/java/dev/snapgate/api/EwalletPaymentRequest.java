package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.AMOUNT;
import static dev.snapgate.api.schema.Fields.DB_PROCESS_URL;
import static dev.snapgate.api.schema.Fields.EXTERNAL_STORE_ID;
import static dev.snapgate.api.schema.Fields.MERCHANT_ID;
import static dev.snapgate.api.schema.Fields.MITRA_CD;
import static dev.snapgate.api.schema.Fields.PARTNER_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.SUB_MERCHANT_ID;
import static dev.snapgate.api.schema.Fields.URL_PARAM;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.SnapService;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An e-wallet direct-debit payment (service 54); moves money, sent once. {@code mitraCd} (e.g. {@code DANA},
 * {@code OVOE}) and {@code dbProcessUrl} go into {@code additionalInfo}, followed by {@code moreInfo}
 * ({@code goodsNm}, {@code billingNm}, {@code billingPhone}, {@code cartData} as a JSON <em>string</em>...).
 */
public record EwalletPaymentRequest(String partnerReferenceNo, String merchantId, Optional<String> subMerchantId,
        Optional<String> externalStoreId, Optional<String> validUpTo, String pointOfInitiation, Amount amount,
        List<UrlParam> urlParam, String mitraCd, Optional<String> dbProcessUrl, Map<String, Object> moreInfo)
        implements SnapRequest {

    /** A URL NICEPAY uses: {@code type} {@code PAY_NOTIFY} or {@code PAY_RETURN}, {@code isDeeplink} Y or N. */
    public record UrlParam(String url, String type, String isDeeplink) {
        public UrlParam {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(isDeeplink, "isDeeplink");
        }

        Map<String, Object> toWire() {
            return new Body().put("url", url).put("type", type).put("isDeeplink", isDeeplink).map();
        }
    }

    public EwalletPaymentRequest {
        Objects.requireNonNull(partnerReferenceNo, PARTNER_REFERENCE_NO);
        Objects.requireNonNull(merchantId, MERCHANT_ID);
        Objects.requireNonNull(subMerchantId, SUB_MERCHANT_ID);
        Objects.requireNonNull(externalStoreId, EXTERNAL_STORE_ID);
        Objects.requireNonNull(validUpTo, "validUpTo");
        Objects.requireNonNull(pointOfInitiation, "pointOfInitiation");
        Objects.requireNonNull(amount, AMOUNT);
        urlParam = List.copyOf(urlParam);
        Objects.requireNonNull(mitraCd, MITRA_CD);
        Objects.requireNonNull(dbProcessUrl, DB_PROCESS_URL);
        moreInfo = Body.copy(moreInfo);
    }

    /** A payment from the app ({@code pointOfInitiation} {@code Mobile App}), no URLs yet. */
    public static EwalletPaymentRequest of(String partnerReferenceNo, String merchantId, Amount amount,
            String mitraCd) {
        return new EwalletPaymentRequest(partnerReferenceNo, merchantId, Optional.empty(), Optional.empty(),
                Optional.empty(), "Mobile App", amount, List.of(), mitraCd, Optional.empty(), Map.of());
    }

    public EwalletPaymentRequest withUrlParam(List<UrlParam> urls) {
        return new EwalletPaymentRequest(partnerReferenceNo, merchantId, subMerchantId, externalStoreId, validUpTo,
                pointOfInitiation, amount, urls, mitraCd, dbProcessUrl, moreInfo);
    }

    public EwalletPaymentRequest withDbProcessUrl(String url) {
        return new EwalletPaymentRequest(partnerReferenceNo, merchantId, subMerchantId, externalStoreId, validUpTo,
                pointOfInitiation, amount, urlParam, mitraCd, Optional.of(url), moreInfo);
    }

    public EwalletPaymentRequest withMoreInfo(Map<String, ?> more) {
        return new EwalletPaymentRequest(partnerReferenceNo, merchantId, subMerchantId, externalStoreId, validUpTo,
                pointOfInitiation, amount, urlParam, mitraCd, dbProcessUrl, Body.copy(more));
    }

    @Override
    public SnapService service() {
        return SnapService.EWALLET_PAYMENT;
    }

    @Override
    public Map<String, Object> toBody() {
        return new Body().put(PARTNER_REFERENCE_NO, partnerReferenceNo).put(MERCHANT_ID, merchantId)
                .put(SUB_MERCHANT_ID, subMerchantId).put(EXTERNAL_STORE_ID, externalStoreId)
                .put("validUpTo", validUpTo).put("pointOfInitiation", pointOfInitiation).put(AMOUNT, amount)
                .put(URL_PARAM, urlParam.stream().map(UrlParam::toWire).toList())
                .info(moreInfo, MITRA_CD, mitraCd, DB_PROCESS_URL, dbProcessUrl).map();
    }
}
