package dev.snapgate.api;

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
        Objects.requireNonNull(partnerReferenceNo, "partnerReferenceNo");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(msId, "msId");
        Objects.requireNonNull(beneficiaryAccountNo, "beneficiaryAccountNo");
        Objects.requireNonNull(beneficiaryName, "beneficiaryName");
        Objects.requireNonNull(beneficiaryPhone, "beneficiaryPhone");
        Objects.requireNonNull(beneficiaryBankCode, "beneficiaryBankCode");
        Objects.requireNonNull(beneficiaryCustomerResidence, "beneficiaryCustomerResidence");
        Objects.requireNonNull(reservedDt, "reservedDt");
        Objects.requireNonNull(reservedTm, "reservedTm");
        Objects.requireNonNull(amount, "amount");
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
        Body body = new Body().put("partnerReferenceNo", partnerReferenceNo).put("merchantId", merchantId)
                .put("msId", msId).put("beneficiaryAccountNo", beneficiaryAccountNo)
                .put("beneficiaryName", beneficiaryName).put("beneficiaryPhone", beneficiaryPhone)
                .put("beneficiaryBankCode", beneficiaryBankCode)
                .put("beneficiaryCustomerResidence", beneficiaryCustomerResidence);
        moreFields.forEach((k, v) -> {
            if (!body.map().containsKey(k)) {
                body.put(k, v);
            }
        });
        return body.put("reservedDt", reservedDt).put("reservedTm", reservedTm).put("amount", amount).map();
    }
}
