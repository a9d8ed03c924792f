package dev.snapgate.domain.error;

import dev.snapgate.domain.code.ResponseCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A call that moves money or changes state (payment, refund, create, delete) was sent, and the answer was a 5xx, a
 * timeout or a lost connection: it may or may not have taken effect. snapgate never re-sends such a call. Settle
 * it with the service's status inquiry, using {@link #externalId()} and {@link #partnerReferenceNo()}.
 */
public final class SnapOutcomeUnknownException extends SnapException {

    private final String externalId;
    private final String partnerReferenceNo;

    public SnapOutcomeUnknownException(String message, ResponseCode responseCode, String externalId,
            String partnerReferenceNo, Throwable cause) {
        super(message, responseCode, cause);
        this.externalId = Objects.requireNonNull(externalId, "externalId");
        this.partnerReferenceNo = partnerReferenceNo;
    }

    /** The {@code X-EXTERNAL-ID} the call carried. */
    public String externalId() {
        return externalId;
    }

    /** The body's {@code partnerReferenceNo} (or {@code trxId}), when it had one. */
    public Optional<String> partnerReferenceNo() {
        return Optional.ofNullable(partnerReferenceNo);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
