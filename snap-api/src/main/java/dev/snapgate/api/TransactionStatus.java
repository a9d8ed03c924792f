package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.ADDITIONAL_INFO;
import static dev.snapgate.api.schema.Fields.AMOUNT;
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
 * The answer to an e-wallet status (55), QRIS query (51) or payout inquiry: the references, the state (of the
 * service's family, unknown codes kept), its description, the amount when sent, and the whole answer.
 */
public record TransactionStatus(String originalPartnerReferenceNo,
        String originalReferenceNo, Optional<TransactionState> state, Optional<String> transactionStatusDesc, Optional<Amount> amount,
        ServiceResponse response) {

    public TransactionStatus {
        Objects.requireNonNull(originalPartnerReferenceNo, ORIGINAL_PARTNER_REFERENCE_NO);
        Objects.requireNonNull(originalReferenceNo, ORIGINAL_REFERENCE_NO);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(transactionStatusDesc, TRANSACTION_STATUS_DESC);
        Objects.requireNonNull(amount, AMOUNT);
        Objects.requireNonNull(response, "response");
    }

    static TransactionStatus from(ServiceResponse r, TransactionState.Family family) {
        Map<String, Object> b = r.body();
        Map<String, Object> info = Body.obj(b, ADDITIONAL_INFO);
        return new TransactionStatus(Body.opt(b, ORIGINAL_PARTNER_REFERENCE_NO).orElse(Body.str(b,
                PARTNER_REFERENCE_NO)), Body.opt(b, ORIGINAL_REFERENCE_NO).orElse(Body.str(b, REFERENCE_NO)),
                States.find(b, info).map(family::state), States.description(b, info),
                Body.amount(b, AMOUNT).or(() -> Body.amount(b, "transAmount")), r);
    }

    /** NICEPAY's {@code additionalInfo}, as sent. */
    public Map<String, Object> additionalInfo() {
        return Body.obj(response.body(), ADDITIONAL_INFO);
    }
}
