package dev.snapgate.api;

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
        Optional<Amount> amount, Optional<PayoutState> state, Optional<String> transactionStatusDesc,
        ServiceResponse response) {

    public Payout {
        Objects.requireNonNull(partnerReferenceNo, "partnerReferenceNo");
        Objects.requireNonNull(originalReferenceNo, "originalReferenceNo");
        Objects.requireNonNull(beneficiaryAccountNo, "beneficiaryAccountNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(transactionStatusDesc, "transactionStatusDesc");
        Objects.requireNonNull(response, "response");
    }

    public static Payout from(ServiceResponse r) {
        Map<String, Object> b = r.body();
        Map<String, Object> info = Body.obj(b, "additionalInfo");
        return new Payout(Body.opt(b, "partnerReferenceNo").orElse(Body.str(b, "originalPartnerReferenceNo")),
                Body.opt(b, "originalReferenceNo").orElse(Body.str(b, "referenceNo")),
                Body.str(b, "beneficiaryAccountNo"), Body.amount(b, "amount"),
                States.find(b, info).map(PayoutState::of), States.description(b, info), r);
    }
}
