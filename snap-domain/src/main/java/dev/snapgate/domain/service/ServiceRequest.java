package dev.snapgate.domain.service;

import dev.snapgate.domain.ClientKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A SNAP service call to make: which service, for which merchant, the JSON body as a map (nested maps, lists,
 * strings, numbers, booleans, null; insertion order is kept) and, optionally, the caller's own
 * {@code X-EXTERNAL-ID}. The body is serialised once by the adapter; those exact bytes are hashed and sent.
 */
public record ServiceRequest(SnapService service, ClientKey clientKey, Map<String, Object> body,
        Optional<String> externalId) {

    public ServiceRequest {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(body, "body (use an empty map for no fields)");
        Objects.requireNonNull(externalId, "externalId");
        externalId.ifPresent(ExternalIdGenerator::requireValid);
        body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
    }

    /** A request with a generated {@code X-EXTERNAL-ID}; the body may be any map of JSON-compatible values. */
    public static ServiceRequest of(SnapService service, ClientKey clientKey, Map<String, ?> body) {
        return new ServiceRequest(service, clientKey, new LinkedHashMap<String, Object>(body), Optional.empty());
    }

    public ServiceRequest withExternalId(String id) {
        return new ServiceRequest(service, clientKey, body, Optional.of(id));
    }

    /** The body's {@code partnerReferenceNo}, or else its {@code trxId}, for settling an unknown outcome. */
    public Optional<String> partnerReference() {
        Object ref = body.get("partnerReferenceNo");
        if (ref == null) {
            ref = body.get("trxId");
        }
        return Optional.ofNullable(ref).map(String::valueOf);
    }

    @Override
    public String toString() {
        return "ServiceRequest[" + service + " for " + clientKey + externalId.map(id -> ", X-EXTERNAL-ID " + id)
                .orElse("") + "]";
    }
}
