package dev.snapgate.api;

import dev.snapgate.domain.service.ServiceResponse;
import java.util.Objects;
import java.util.Optional;

/** NICEPAY's answer to a QRIS generate: its {@code referenceNo} and the QR content to show. */
public record QrisCode(String partnerReferenceNo, String referenceNo, String qrContent, Optional<String> qrUrl,
        ServiceResponse response) {

    public QrisCode {
        Objects.requireNonNull(partnerReferenceNo, "partnerReferenceNo");
        Objects.requireNonNull(referenceNo, "referenceNo");
        Objects.requireNonNull(qrContent, "qrContent");
        Objects.requireNonNull(qrUrl, "qrUrl");
        Objects.requireNonNull(response, "response");
    }

    public static QrisCode from(ServiceResponse r) {
        var b = r.body();
        return new QrisCode(Body.str(b, "partnerReferenceNo"), Body.str(b, "referenceNo"), Body.str(b, "qrContent"),
                Body.opt(b, "qrUrl"), r);
    }
}
