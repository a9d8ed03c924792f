package dev.snapgate.api;

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
        Objects.requireNonNull(partnerReferenceNo, "partnerReferenceNo");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(subMerchantId, "subMerchantId");
        Objects.requireNonNull(externalStoreId, "externalStoreId");
        Objects.requireNonNull(validUpTo, "validUpTo");
        Objects.requireNonNull(pointOfInitiation, "pointOfInitiation");
        Objects.requireNonNull(amount, "amount");
        urlParam = List.copyOf(urlParam);
        Objects.requireNonNull(mitraCd, "mitraCd");
        Objects.requireNonNull(dbProcessUrl, "dbProcessUrl");
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
        return new Body().put("partnerReferenceNo", partnerReferenceNo).put("merchantId", merchantId)
                .put("subMerchantId", subMerchantId).put("externalStoreId", externalStoreId)
                .put("validUpTo", validUpTo).put("pointOfInitiation", pointOfInitiation).put("amount", amount)
                .put("urlParam", urlParam.stream().map(UrlParam::toWire).toList())
                .info(moreInfo, "mitraCd", mitraCd, "dbProcessUrl", dbProcessUrl).map();
    }
}
