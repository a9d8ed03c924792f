package dev.snapgate.domain.inbound;

import dev.snapgate.domain.Amount;
import java.util.Map;
import java.util.Objects;

/**
 * NICEPAY reports that a customer paid a virtual account (service 25): the account, NICEPAY's
 * {@code paymentRequestId}, the amount paid, the bank, and the whole request body.
 */
public record VaPayment(String partnerServiceId, String customerNo, String virtualAccountNo, String paymentRequestId,
        Amount paidAmount, String bankCd, Map<String, Object> body) {

    public VaPayment {
        Objects.requireNonNull(partnerServiceId, "partnerServiceId");
        Objects.requireNonNull(customerNo, "customerNo");
        Objects.requireNonNull(virtualAccountNo, "virtualAccountNo");
        Objects.requireNonNull(paymentRequestId, "paymentRequestId");
        Objects.requireNonNull(paidAmount, "paidAmount");
        Objects.requireNonNull(bankCd, "bankCd");
        body = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(body,
                "body")));
    }
}
