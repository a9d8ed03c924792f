package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.PARTNER_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.QR_CONTENT;
import static dev.snapgate.api.schema.Fields.QR_URL;
import static dev.snapgate.api.schema.Fields.REFERENCE_NO;

import dev.snapgate.domain.service.ServiceResponse;
import java.util.Objects;
import java.util.Optional;

/** NICEPAY's answer to a QRIS generate: its {@code referenceNo} and the QR content to show. */
public record QrisCode(String partnerReferenceNo, String referenceNo, String qrContent, Optional<String> qrUrl,
        ServiceResponse response) {

    public QrisCode {
        Objects.requireNonNull(partnerReferenceNo, PARTNER_REFERENCE_NO);
        Objects.requireNonNull(referenceNo, REFERENCE_NO);
        Objects.requireNonNull(qrContent, QR_CONTENT);
        Objects.requireNonNull(qrUrl, QR_URL);
        Objects.requireNonNull(response, "response");
    }

    public static QrisCode from(ServiceResponse r) {
        var b = r.body();
        return new QrisCode(Body.str(b, PARTNER_REFERENCE_NO), Body.str(b, REFERENCE_NO), Body.str(b, QR_CONTENT),
                Body.opt(b, QR_URL), r);
    }
}
