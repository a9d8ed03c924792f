package dev.snapgate.api;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.ServiceResponse;
import java.util.Objects;
import java.util.Optional;

/** NICEPAY's answer to an e-wallet (58) or QRIS (78) refund. */
public record Refund(String partnerRefundNo, String refundNo, String originalReferenceNo, Optional<Amount> refundAmount,
        Optional<String> refundTime, ServiceResponse response) {

    public Refund {
        Objects.requireNonNull(partnerRefundNo, "partnerRefundNo");
        Objects.requireNonNull(refundNo, "refundNo");
        Objects.requireNonNull(originalReferenceNo, "originalReferenceNo");
        Objects.requireNonNull(refundAmount, "refundAmount");
        Objects.requireNonNull(refundTime, "refundTime");
        Objects.requireNonNull(response, "response");
    }

    public static Refund from(ServiceResponse r) {
        var b = r.body();
        return new Refund(Body.str(b, "partnerRefundNo"), Body.opt(b, "refundNo").orElse(Body.str(b, "referenceNo")),
                Body.str(b, "originalReferenceNo"), Body.amount(b, "refundAmount"), Body.opt(b, "refundTime"), r);
    }
}
