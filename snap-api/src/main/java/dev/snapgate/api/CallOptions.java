package dev.snapgate.api;

import dev.snapgate.domain.service.ExternalIdGenerator;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call choices for a typed call. Today one: the call's own {@code X-EXTERNAL-ID}, for a platform that records its
 * intent (order, external ID) before it sends a money-moving request, so that after a crash it knows which ID to look
 * up and settle. Without one, the client's {@code ExternalIdGenerator} makes a fresh ID. Immutable.
 *
 * @param externalId the {@code X-EXTERNAL-ID} to send, 1 to 36 decimal digits, unique per partner per day
 */
public record CallOptions(Optional<String> externalId) {

    /** No per-call choice: a generated external ID. */
    public static final CallOptions DEFAULTS = new CallOptions(Optional.empty());

    /** @throws IllegalArgumentException naming the rule when the ID is not 1 to 36 decimal digits */
    public CallOptions {
        Objects.requireNonNull(externalId, "externalId (Optional.empty() for a generated one)");
        externalId.ifPresent(ExternalIdGenerator::requireValid);
    }

    /** Sends the call with this {@code X-EXTERNAL-ID}. */
    public static CallOptions externalId(String id) {
        return new CallOptions(Optional.of(Objects.requireNonNull(id, "id")));
    }
}
