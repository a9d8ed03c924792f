package dev.snapgate.domain.service;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A SNAP service call to make: which service, for which merchant, the JSON body as a map (nested maps, lists,
 * strings, numbers, booleans, null; insertion order is kept) and, optionally, the caller's own
 * {@code X-EXTERNAL-ID}, a {@code CHANNEL-ID} other than the merchant's, and a deadline for the whole call (every
 * attempt and retry of it; a token refresh has its own bounds). The body is serialised once by the adapter; those
 * exact bytes are hashed and sent.
 *
 * @param deadline how long the call may take from when it starts: attempts are shortened to fit and no retry starts
 *     after it; at most 10 minutes
 */
public record ServiceRequest(SnapService service, ClientKey clientKey, Map<String, Object> body,
        Optional<String> externalId, Optional<String> channelId, Optional<Duration> deadline) {

    private static final Duration LONGEST_DEADLINE = Duration.ofMinutes(10);

    public ServiceRequest {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(body, "body (use an empty map for no fields)");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(deadline, "deadline");
        externalId.ifPresent(ExternalIdGenerator::requireValid);
        channelId.ifPresent(Merchant::requireValidChannelId);
        deadline.ifPresent(ServiceRequest::requireValidDeadline);
        body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
    }

    /** A request with the merchant's own channel ID and no deadline of its own. */
    public ServiceRequest(SnapService service, ClientKey clientKey, Map<String, Object> body,
            Optional<String> externalId) {
        this(service, clientKey, body, externalId, Optional.empty(), Optional.empty());
    }

    /** @throws IllegalArgumentException unless positive and at most 10 minutes */
    public static Duration requireValidDeadline(Duration deadline) {
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isNegative() || deadline.isZero() || deadline.compareTo(LONGEST_DEADLINE) > 0) {
            throw new IllegalArgumentException("a call's deadline must be positive and at most 10 minutes, got "
                    + deadline.toMillis() + " ms");
        }
        return deadline;
    }

    /** A request with a generated {@code X-EXTERNAL-ID}; the body may be any map of JSON-compatible values. */
    public static ServiceRequest of(SnapService service, ClientKey clientKey, Map<String, ?> body) {
        @SuppressWarnings("unchecked") // the record copies it into its own ordered, unmodifiable map
        Map<String, Object> given = (Map<String, Object>) body;
        return new ServiceRequest(service, clientKey, given, Optional.empty());
    }

    public ServiceRequest withExternalId(String id) {
        return new ServiceRequest(service, clientKey, body, Optional.of(id), channelId, deadline);
    }

    /** The same request with this {@code CHANNEL-ID} instead of the merchant's. */
    public ServiceRequest withChannelId(String id) {
        return new ServiceRequest(service, clientKey, body, externalId, Optional.of(id), deadline);
    }

    /** The same request, bounded as a whole by {@code deadline}. */
    public ServiceRequest withDeadline(Duration deadline) {
        return new ServiceRequest(service, clientKey, body, externalId, channelId, Optional.of(deadline));
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
                .orElse("") + channelId.map(c -> ", CHANNEL-ID " + c).orElse("")
                + deadline.map(d -> ", deadline " + d.toMillis() + " ms").orElse("") + "]";
    }
}
