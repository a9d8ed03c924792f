package dev.snapgate.domain.replay;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Record-then-process as a small state machine, so that a request is handled exactly once even when the platform
 * fails half-way or the answer is lost on the way back. A key is in one of three states:
 *
 * <ul>
 *   <li><b>absent</b>: never seen, released after a failure, or forgotten after its time;</li>
 *   <li><b>pending</b>: {@link #claim claimed} by one caller, who is processing it, until {@code leaseUntil} (a
 *       caller that crashed mid-way therefore blocks the key only until its lease ends);</li>
 *   <li><b>done</b>: {@link #complete completed} with an answer, kept until {@code forgetAfter}.</li>
 * </ul>
 *
 * <p>{@link #putIfAbsent} records a value in one step, for facts that need no processing (which endpoint a signed
 * header was first seen on). Implementations are thread-safe and atomic across every instance that shares them (the
 * in-memory store within one process, Redis across a fleet): of two concurrent claims of one key exactly one is
 * {@link Claim.Claimed}. They throw an unchecked exception when they cannot answer (a store that is down), so the
 * caller can refuse rather than risk processing twice. Keys are opaque and never secrets (hash first).
 */
public interface IdempotencyStore {

    /**
     * Claims {@code key} for processing if it is absent (or its lease or retention has run out).
     *
     * @return {@link Claim.Claimed} with an owner token to complete or release with; {@link Claim.Pending} when
     *     another caller holds it; {@link Claim.Done} with the answer it was completed with
     */
    Claim claim(String key, Instant leaseUntil);

    /** Marks {@code key} done with {@code answer} until {@code forgetAfter}, if {@code owner} still holds it. */
    boolean complete(String key, String owner, String answer, Instant forgetAfter);

    /** Makes {@code key} absent again (processing failed: a retry must be processed), if {@code owner} holds it. */
    boolean release(String key, String owner);

    /**
     * Records {@code value} under {@code key} until {@code forgetAfter} unless something is recorded there.
     *
     * @return empty if this call recorded it, else the value (or pending marker) already there
     */
    Optional<String> putIfAbsent(String key, String value, Instant forgetAfter);

    /** The state of a key as {@link #claim} found it. */
    sealed interface Claim {

        /** This caller now holds the key; {@code owner} identifies the claim. */
        record Claimed(String owner) implements Claim {
            public Claimed {
                Objects.requireNonNull(owner, "owner");
            }
        }

        /** Another caller is processing the key. */
        record Pending() implements Claim {
        }

        /** The key was processed; {@code answer} is what it was completed with. */
        record Done(String answer) implements Claim {
            public Done {
                Objects.requireNonNull(answer, "answer");
            }
        }
    }
}
