package dev.snapgate.api;

import dev.snapgate.domain.service.ServiceResponse;
import java.util.Objects;
import java.util.Optional;

/** NICEPAY's answer to an e-wallet payment: its {@code referenceNo} and where to send the customer. */
public record EwalletPayment(String partnerReferenceNo, String referenceNo, Optional<String> webRedirectUrl,
        Optional<String> appRedirectUrl, ServiceResponse response) {

    public EwalletPayment {
        Objects.requireNonNull(partnerReferenceNo, "partnerReferenceNo");
        Objects.requireNonNull(referenceNo, "referenceNo");
        Objects.requireNonNull(webRedirectUrl, "webRedirectUrl");
        Objects.requireNonNull(appRedirectUrl, "appRedirectUrl");
        Objects.requireNonNull(response, "response");
    }

    public static EwalletPayment from(ServiceResponse r) {
        var b = r.body();
        return new EwalletPayment(Body.str(b, "partnerReferenceNo"), Body.str(b, "referenceNo"),
                Body.opt(b, "webRedirectUrl"), Body.opt(b, "appRedirectUrl"), r);
    }
}
