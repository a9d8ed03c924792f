package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.ADDITIONAL_INFO;
import static dev.snapgate.api.schema.Fields.AMOUNT;
import static dev.snapgate.api.schema.Fields.BENEFICIARY_ACCOUNT_NO;
import static dev.snapgate.api.schema.Fields.ORIGINAL_PARTNER_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.ORIGINAL_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.PARTNER_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.TRANSACTION_STATUS_DESC;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.ServiceResponse;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A payout as NICEPAY answered it (registration, approve, cancel, reject, inquiry): the merchant's reference,
 * NICEPAY's {@code originalReferenceNo}, the state when sent, and the whole answer.
 */
public record Payout(String partnerReferenceNo, String originalReferenceNo, String beneficiaryAccountNo,
        Optional<Amount> amount, Optional<TransactionState> state, Optional<String> transactionStatusDesc,
        ServiceResponse response) {

    public Payout {
        Objects.requireNonNull(partnerReferenceNo, PARTNER_REFERENCE_NO);
        Objects.requireNonNull(originalReferenceNo, ORIGINAL_REFERENCE_NO);
        Objects.requireNonNull(beneficiaryAccountNo, BENEFICIARY_ACCOUNT_NO);
        Objects.requireNonNull(amount, AMOUNT);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(transactionStatusDesc, TRANSACTION_STATUS_DESC);
        Objects.requireNonNull(response, "response");
    }

    public static Payout from(ServiceResponse r) {
        Map<String, Object> b = r.body();
        Map<String, Object> info = Body.obj(b, ADDITIONAL_INFO);
        return new Payout(Body.opt(b, PARTNER_REFERENCE_NO).orElse(Body.str(b, ORIGINAL_PARTNER_REFERENCE_NO)),
                Body.opt(b, ORIGINAL_REFERENCE_NO).orElse(Body.str(b, REFERENCE_NO)),
                Body.str(b, BENEFICIARY_ACCOUNT_NO), Body.amount(b, AMOUNT),
                States.find(b, info).map(TransactionState.Family.PAYOUT::state),
                States.description(b, info), r);
    }
}
