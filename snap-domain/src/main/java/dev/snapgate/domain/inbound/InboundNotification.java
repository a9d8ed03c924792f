package dev.snapgate.domain.inbound;

import dev.snapgate.domain.Amount;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified payment notification from NICEPAY, typed by kind (its signature, client key, timestamp window and
 * replay were checked; the body itself is not signed, so confirm the state with a status inquiry before acting on
 * money). Every kind keeps the whole body ({@link #body()}).
 */
public sealed interface InboundNotification {

    /** The whole JSON body as NICEPAY sent it. */
    Map<String, Object> body();

    /** A virtual account was paid. */
    record VaPaid(String virtualAccountNo, String trxId, Optional<Amount> paidAmount, Map<String, Object> body)
            implements InboundNotification {
        public VaPaid {
            Objects.requireNonNull(virtualAccountNo, "virtualAccountNo");
            Objects.requireNonNull(trxId, "trxId");
            Objects.requireNonNull(paidAmount, "paidAmount");
            body = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(body));
        }
    }

    /** A QRIS order changed state (paid: {@code 00}). */
    record Qris(String originalReferenceNo, String originalPartnerReferenceNo, Optional<Amount> amount,
            String latestTransactionStatus, String externalStoreId, Map<String, Object> body)
            implements InboundNotification {
        public Qris {
            Objects.requireNonNull(originalReferenceNo, "originalReferenceNo");
            Objects.requireNonNull(originalPartnerReferenceNo, "originalPartnerReferenceNo");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(latestTransactionStatus, "latestTransactionStatus");
            Objects.requireNonNull(externalStoreId, "externalStoreId");
            body = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(body));
        }
    }

    /** An e-wallet payment changed state (settled: {@code 00}). */
    record Ewallet(String originalReferenceNo, String originalPartnerReferenceNo, Optional<Amount> amount,
            String latestTransactionStatus, Map<String, Object> body) implements InboundNotification {
        public Ewallet {
            Objects.requireNonNull(originalReferenceNo, "originalReferenceNo");
            Objects.requireNonNull(originalPartnerReferenceNo, "originalPartnerReferenceNo");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(latestTransactionStatus, "latestTransactionStatus");
            body = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(body));
        }
    }

    /** A payout (disbursement) changed state (success: {@code 00}; failed {@code 09}; see the payout states). */
    record Payout(String originalReferenceNo, String originalPartnerReferenceNo, Optional<Amount> amount,
            String latestTransactionStatus, Map<String, Object> body) implements InboundNotification {
        public Payout {
            Objects.requireNonNull(originalReferenceNo, "originalReferenceNo");
            Objects.requireNonNull(originalPartnerReferenceNo, "originalPartnerReferenceNo");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(latestTransactionStatus, "latestTransactionStatus");
            body = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(body));
        }
    }
}
