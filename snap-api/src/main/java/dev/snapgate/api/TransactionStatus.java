package dev.snapgate.api;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.ServiceResponse;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answer to an e-wallet status (55), QRIS query (51) or payout inquiry: the references, the state (typed per
 * family, unknown codes kept), its description, the amount when sent, and the whole answer.
 *
 * @param <S> the family's state type
 */
public record TransactionStatus<S extends TransactionState>(String originalPartnerReferenceNo,
        String originalReferenceNo, Optional<S> state, Optional<String> transactionStatusDesc, Optional<Amount> amount,
        ServiceResponse response) {

    public TransactionStatus {
        Objects.requireNonNull(originalPartnerReferenceNo, "originalPartnerReferenceNo");
        Objects.requireNonNull(originalReferenceNo, "originalReferenceNo");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(transactionStatusDesc, "transactionStatusDesc");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(response, "response");
    }

    static <S extends TransactionState> TransactionStatus<S> from(ServiceResponse r, Function<String, S> states) {
        Map<String, Object> b = r.body();
        Map<String, Object> info = Body.obj(b, "additionalInfo");
        return new TransactionStatus<>(Body.opt(b, "originalPartnerReferenceNo").orElse(Body.str(b,
                "partnerReferenceNo")), Body.opt(b, "originalReferenceNo").orElse(Body.str(b, "referenceNo")),
                States.find(b, info).map(states), States.description(b, info),
                Body.amount(b, "amount").or(() -> Body.amount(b, "transAmount")), r);
    }

    /** NICEPAY's {@code additionalInfo}, as sent. */
    public Map<String, Object> additionalInfo() {
        return Body.obj(response.body(), "additionalInfo");
    }
}
