package dev.snapgate.api;

import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.service.ExternalIdGenerator;
import dev.snapgate.domain.service.ServiceRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call choices for a typed call: its own {@code X-EXTERNAL-ID} (for a platform that records its intent before it
 * sends a money-moving request, so that after a crash it knows which ID to look up and settle; without one, the
 * client's {@code ExternalIdGenerator} makes a fresh ID), a {@code CHANNEL-ID} other than the merchant's, and a
 * deadline for the whole call (attempts are shortened to fit; no retry starts after it). Combine them:
 * {@code CallOptions.externalId(id).withDeadline(Duration.ofSeconds(5))}. Immutable.
 *
 * @param externalId the {@code X-EXTERNAL-ID} to send, 1 to 36 decimal digits, unique per partner per day
 * @param channelId the {@code CHANNEL-ID} to send, 1 to 64 visible ASCII characters
 * @param deadline how long the whole call may take, positive, at most 10 minutes
 */
public record CallOptions(Optional<String> externalId, Optional<String> channelId, Optional<Duration> deadline) {

    /** No per-call choice: a generated external ID, the merchant's channel ID, the client's timeouts. */
    public static final CallOptions DEFAULTS = new CallOptions(Optional.empty(), Optional.empty(), Optional.empty());

    /** @throws IllegalArgumentException naming the rule when a value is out of bounds */
    public CallOptions {
        Objects.requireNonNull(externalId, "externalId (Optional.empty() for a generated one)");
        Objects.requireNonNull(channelId, "channelId (Optional.empty() for the merchant's)");
        Objects.requireNonNull(deadline, "deadline (Optional.empty() for the client's timeouts)");
        externalId.ifPresent(ExternalIdGenerator::requireValid);
        channelId.ifPresent(Merchant::requireValidChannelId);
        deadline.ifPresent(ServiceRequest::requireValidDeadline);
    }

    /** Sends the call with this {@code X-EXTERNAL-ID}. */
    public static CallOptions externalId(String id) {
        return DEFAULTS.withExternalId(id);
    }

    /** Bounds the whole call by {@code deadline}. */
    public static CallOptions deadline(Duration deadline) {
        return DEFAULTS.withDeadline(deadline);
    }

    /** Sends the call with this {@code CHANNEL-ID}. */
    public static CallOptions channelId(String id) {
        return DEFAULTS.withChannelId(id);
    }

    public CallOptions withExternalId(String id) {
        return new CallOptions(Optional.of(Objects.requireNonNull(id, "id")), channelId, deadline);
    }

    public CallOptions withDeadline(Duration deadline) {
        return new CallOptions(externalId, channelId, Optional.of(Objects.requireNonNull(deadline, "deadline")));
    }

    public CallOptions withChannelId(String id) {
        return new CallOptions(externalId, Optional.of(Objects.requireNonNull(id, "id")), deadline);
    }
}
