package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.APP_REDIRECT_URL;
import static dev.snapgate.api.schema.Fields.PARTNER_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.WEB_REDIRECT_URL;

import dev.snapgate.domain.service.ServiceResponse;
import java.util.Objects;
import java.util.Optional;

/** NICEPAY's answer to an e-wallet payment: its {@code referenceNo} and where to send the customer. */
public record EwalletPayment(String partnerReferenceNo, String referenceNo, Optional<String> webRedirectUrl,
        Optional<String> appRedirectUrl, ServiceResponse response) {

    public EwalletPayment {
        Objects.requireNonNull(partnerReferenceNo, PARTNER_REFERENCE_NO);
        Objects.requireNonNull(referenceNo, REFERENCE_NO);
        Objects.requireNonNull(webRedirectUrl, WEB_REDIRECT_URL);
        Objects.requireNonNull(appRedirectUrl, APP_REDIRECT_URL);
        Objects.requireNonNull(response, "response");
    }

    public static EwalletPayment from(ServiceResponse r) {
        var b = r.body();
        return new EwalletPayment(Body.str(b, PARTNER_REFERENCE_NO), Body.str(b, REFERENCE_NO),
                Body.opt(b, WEB_REDIRECT_URL), Body.opt(b, APP_REDIRECT_URL), r);
    }
}
