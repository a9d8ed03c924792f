package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.REASON;

import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.service.ServiceResponse;
import java.util.Objects;
import java.util.Optional;

/** What {@link Settlement} found out about a call whose outcome was unknown. */
public sealed interface Verdict {

    /** True when the verdict is final ({@link Received} or {@link NotReceived}). */
    boolean isKnown();

    /**
     * NICEPAY has the transaction: {@code state} is where it stands (for a delete, cancel, reject or refund, the state
     * shows whether that change took effect). Do not send the original call again.
     */
    record Received(TransactionState state, ServiceResponse inquiry) implements Verdict {
        public Received {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(inquiry, "inquiry");
        }

        @Override
        public boolean isKnown() {
            return true;
        }

        @Override
        public String toString() {
            return "received, state " + state;
        }
    }

    /**
     * NICEPAY does not know the reference: the call never took effect. The caller may send it again, with a new
     * {@code X-EXTERNAL-ID} (and, to be safe, a new partner reference).
     */
    record NotReceived(ResponseCode responseCode) implements Verdict {
        public NotReceived {
            Objects.requireNonNull(responseCode, "responseCode");
        }

        @Override
        public boolean isKnown() {
            return true;
        }

        @Override
        public String toString() {
            return "not received (" + responseCode + ")";
        }
    }

    /**
     * The deadline passed (or the thread was interrupted) before NICEPAY gave a final answer: still unknown. Never send
     * the original call again on this verdict; settle again later.
     */
    record Undecided(String reason, Optional<TransactionState> lastState) implements Verdict {
        public Undecided {
            Objects.requireNonNull(reason, REASON);
            Objects.requireNonNull(lastState, "lastState");
        }

        @Override
        public boolean isKnown() {
            return false;
        }

        @Override
        public String toString() {
            return "still unknown: " + reason + lastState.map(s -> ", last state " + s).orElse("");
        }
    }
}
