package dev.snapgate.domain.service;

import dev.snapgate.domain.code.ResponseCode;
import java.util.Map;
import java.util.Objects;

/**
 * A successful SNAP answer: its code, message, the whole parsed body (maps, lists, strings, {@code BigDecimal}s,
 * booleans) and the {@code X-EXTERNAL-ID} the call carried.
 */
public record ServiceResponse(SnapService service, ResponseCode responseCode, String responseMessage,
        Map<String, Object> body, String externalId) {

    public ServiceResponse {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(responseCode, "responseCode");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(externalId, "externalId");
        body = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(body));
    }
}
