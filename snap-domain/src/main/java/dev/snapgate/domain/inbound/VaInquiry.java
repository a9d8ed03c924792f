package dev.snapgate.domain.inbound;

import java.util.Map;
import java.util.Objects;

/**
 * NICEPAY asks for the bill behind a virtual account (service 24): the account's identifiers, NICEPAY's
 * {@code inquiryRequestId}, the bank, and the whole request body as NICEPAY sent it.
 */
public record VaInquiry(String partnerServiceId, String customerNo, String virtualAccountNo, String inquiryRequestId,
        String bankCd, Map<String, Object> body) {

    public VaInquiry {
        Objects.requireNonNull(partnerServiceId, "partnerServiceId");
        Objects.requireNonNull(customerNo, "customerNo");
        Objects.requireNonNull(virtualAccountNo, "virtualAccountNo");
        Objects.requireNonNull(inquiryRequestId, "inquiryRequestId");
        Objects.requireNonNull(bankCd, "bankCd");
        body = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(body,
                "body")));
    }
}
