package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.ORIGINAL_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.PARTNER_REFUND_NO;
import static dev.snapgate.api.schema.Fields.REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.REFUND_AMOUNT;
import static dev.snapgate.api.schema.Fields.REFUND_NO;
import static dev.snapgate.api.schema.Fields.REFUND_TIME;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.ServiceResponse;
import java.util.Objects;
import java.util.Optional;

/** NICEPAY's answer to an e-wallet (58) or QRIS (78) refund. */
public record Refund(String partnerRefundNo, String refundNo, String originalReferenceNo, Optional<Amount> refundAmount,
        Optional<String> refundTime, ServiceResponse response) {

    public Refund {
        Objects.requireNonNull(partnerRefundNo, PARTNER_REFUND_NO);
        Objects.requireNonNull(refundNo, REFUND_NO);
        Objects.requireNonNull(originalReferenceNo, ORIGINAL_REFERENCE_NO);
        Objects.requireNonNull(refundAmount, REFUND_AMOUNT);
        Objects.requireNonNull(refundTime, REFUND_TIME);
        Objects.requireNonNull(response, "response");
    }

    public static Refund from(ServiceResponse r) {
        var b = r.body();
        return new Refund(Body.str(b, PARTNER_REFUND_NO), Body.opt(b, REFUND_NO).orElse(Body.str(b, REFERENCE_NO)),
                Body.str(b, ORIGINAL_REFERENCE_NO), Body.amount(b, REFUND_AMOUNT), Body.opt(b, REFUND_TIME), r);
    }
}
