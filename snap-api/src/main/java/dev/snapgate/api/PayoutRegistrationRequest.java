package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.*;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.SnapService;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers a payout (disbursement) to a beneficiary's bank account; changes state, sent once. Money moves only on
 * {@link Payouts#approve approve}. NICEPAY's pages make the phone ({@code String(20)}) and the customer residence
 * ({@code String(2)}, e.g. {@code "1"}) mandatory. Its further beneficiary fields ({@code beneficiaryCustomerType}, {@code beneficiaryPostalCode}, {@code beneficiaryAddress}, {@code payoutMethod},
 * {@code deliveryId}...) go in {@code moreFields}, sent after the named ones and before {@code amount}.
 */
public record PayoutRegistrationRequest(String partnerReferenceNo, String merchantId, Optional<String> msId,
        String beneficiaryAccountNo, String beneficiaryName, String beneficiaryPhone,
        String beneficiaryBankCode, String beneficiaryCustomerResidence, Optional<String> reservedDt, Optional<String> reservedTm, Amount amount,
        Map<String, Object> moreFields) implements SnapRequest {

    public PayoutRegistrationRequest {
        Objects.requireNonNull(partnerReferenceNo, PARTNER_REFERENCE_NO);
        Objects.requireNonNull(merchantId, MERCHANT_ID);
        Objects.requireNonNull(msId, MS_ID);
        Objects.requireNonNull(beneficiaryAccountNo, BENEFICIARY_ACCOUNT_NO);
        Objects.requireNonNull(beneficiaryName, BENEFICIARY_NAME);
        Objects.requireNonNull(beneficiaryPhone, BENEFICIARY_PHONE);
        Objects.requireNonNull(beneficiaryBankCode, BENEFICIARY_BANK_CODE);
        Objects.requireNonNull(beneficiaryCustomerResidence, BENEFICIARY_CUSTOMER_RESIDENCE);
        Objects.requireNonNull(reservedDt, RESERVED_DT);
        Objects.requireNonNull(reservedTm, RESERVED_TM);
        Objects.requireNonNull(amount, AMOUNT);
        moreFields = Body.copy(moreFields);
    }

    /**
     * The fields NICEPAY makes mandatory.
     *
     * @param beneficiaryCustomerResidence NICEPAY's residence code, String(2) (e.g. {@code "1"})
     */
    public static PayoutRegistrationRequest of(String partnerReferenceNo, String merchantId,
            String beneficiaryAccountNo, String beneficiaryName, String beneficiaryPhone, String beneficiaryBankCode,
            String beneficiaryCustomerResidence, Amount amount) {
        return new PayoutRegistrationRequest(partnerReferenceNo, merchantId, Optional.empty(), beneficiaryAccountNo,
                beneficiaryName, beneficiaryPhone, beneficiaryBankCode, beneficiaryCustomerResidence, Optional.empty(),
                Optional.empty(), amount, Map.of());
    }

    public PayoutRegistrationRequest withMoreFields(Map<String, ?> more) {
        return new PayoutRegistrationRequest(partnerReferenceNo, merchantId, msId, beneficiaryAccountNo,
                beneficiaryName, beneficiaryPhone, beneficiaryBankCode, beneficiaryCustomerResidence, reservedDt,
                reservedTm, amount, Body.copy(more));
    }

    @Override
    public SnapService service() {
        return SnapService.PAYOUT_REGISTRATION;
    }

    @Override
    public Map<String, Object> toBody() {
        Body body = new Body().put(PARTNER_REFERENCE_NO, partnerReferenceNo).put(MERCHANT_ID, merchantId)
                .put(MS_ID, msId).put(BENEFICIARY_ACCOUNT_NO, beneficiaryAccountNo)
                .put(BENEFICIARY_NAME, beneficiaryName).put(BENEFICIARY_PHONE, beneficiaryPhone)
                .put(BENEFICIARY_BANK_CODE, beneficiaryBankCode)
                .put(BENEFICIARY_CUSTOMER_RESIDENCE, beneficiaryCustomerResidence);
        moreFields.forEach((k, v) -> {
            if (!body.map().containsKey(k)) {
                body.put(k, v);
            }
        });
        return body.put(RESERVED_DT, reservedDt).put(RESERVED_TM, reservedTm).put(AMOUNT, amount).map();
    }
}
