package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.*;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.SnapService;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a virtual account (service 27). {@link #of} fills NICEPAY's conventions for a normal VA
 * ({@code partnerServiceId}, {@code customerNo} and {@code virtualAccountNo} empty); the {@code with...} methods add
 * the optional fields. {@code bankCd}, {@code goodsNm}, {@code dbProcessUrl}, {@code vacctValidDt} ({@code yyyyMMdd})
 * and {@code vacctValidTm} ({@code HHmmss}) go into {@code additionalInfo}, followed by {@code moreInfo}.
 */
public record VaCreateRequest(String partnerServiceId, String customerNo, String virtualAccountNo,
        String virtualAccountName, String trxId, Amount totalAmount, String bankCd, Optional<String> goodsNm,
        Optional<String> dbProcessUrl, Optional<String> vacctValidDt, Optional<String> vacctValidTm,
        Map<String, Object> moreInfo) implements SnapRequest {

    public VaCreateRequest {
        Objects.requireNonNull(partnerServiceId, PARTNER_SERVICE_ID);
        Objects.requireNonNull(customerNo, CUSTOMER_NO);
        Objects.requireNonNull(virtualAccountNo, VIRTUAL_ACCOUNT_NO);
        Objects.requireNonNull(virtualAccountName, VIRTUAL_ACCOUNT_NAME);
        Objects.requireNonNull(trxId, TRX_ID);
        Objects.requireNonNull(totalAmount, TOTAL_AMOUNT);
        Objects.requireNonNull(bankCd, BANK_CD);
        Objects.requireNonNull(goodsNm, GOODS_NM);
        Objects.requireNonNull(dbProcessUrl, DB_PROCESS_URL);
        Objects.requireNonNull(vacctValidDt, VACCT_VALID_DT);
        Objects.requireNonNull(vacctValidTm, VACCT_VALID_TM);
        moreInfo = Body.copy(moreInfo);
    }

    /** A normal VA for order {@code trxId} at bank {@code bankCd} (e.g. {@code BMRI}). */
    public static VaCreateRequest of(String trxId, String virtualAccountName, Amount totalAmount, String bankCd) {
        return new VaCreateRequest("", "", "", virtualAccountName, trxId, totalAmount, bankCd, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    public VaCreateRequest withGoodsNm(String goods) {
        return new VaCreateRequest(partnerServiceId, customerNo, virtualAccountNo, virtualAccountName, trxId,
                totalAmount, bankCd, Optional.of(goods), dbProcessUrl, vacctValidDt, vacctValidTm, moreInfo);
    }

    /** Where NICEPAY sends the payment notification. */
    public VaCreateRequest withDbProcessUrl(String url) {
        return new VaCreateRequest(partnerServiceId, customerNo, virtualAccountNo, virtualAccountName, trxId,
                totalAmount, bankCd, goodsNm, Optional.of(url), vacctValidDt, vacctValidTm, moreInfo);
    }

    /** Valid until this Jakarta date ({@code yyyyMMdd}) and time ({@code HHmmss}). */
    public VaCreateRequest withValidUntil(String date, String time) {
        return new VaCreateRequest(partnerServiceId, customerNo, virtualAccountNo, virtualAccountName, trxId,
                totalAmount, bankCd, goodsNm, dbProcessUrl, Optional.of(date), Optional.of(time), moreInfo);
    }

    /** More {@code additionalInfo} fields ({@code msId}, {@code msFee}...), after the named ones. */
    public VaCreateRequest withMoreInfo(Map<String, ?> more) {
        return new VaCreateRequest(partnerServiceId, customerNo, virtualAccountNo, virtualAccountName, trxId,
                totalAmount, bankCd, goodsNm, dbProcessUrl, vacctValidDt, vacctValidTm, Body.copy(more));
    }

    @Override
    public SnapService service() {
        return SnapService.VA_CREATE;
    }

    @Override
    public Map<String, Object> toBody() {
        return new Body().put(PARTNER_SERVICE_ID, partnerServiceId).put(CUSTOMER_NO, customerNo)
                .put(VIRTUAL_ACCOUNT_NO, virtualAccountNo).put(VIRTUAL_ACCOUNT_NAME, virtualAccountName)
                .put(TRX_ID, trxId).put(TOTAL_AMOUNT, totalAmount)
                .info(moreInfo, BANK_CD, bankCd, GOODS_NM, goodsNm, DB_PROCESS_URL, dbProcessUrl,
                        VACCT_VALID_DT, vacctValidDt, VACCT_VALID_TM, vacctValidTm).map();
    }
}
