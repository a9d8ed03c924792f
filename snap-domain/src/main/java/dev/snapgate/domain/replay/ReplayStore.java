package dev.snapgate.domain.replay;

import java.time.Instant;

/**
 * Remembers identifiers (a notification's signature and timestamp, an inbound {@code X-EXTERNAL-ID}) until a moment,
 * to recognise a second use. The default {@link InMemoryReplayStore} serves one process; a fleet shares one store.
 * Implementations are thread-safe and atomic: of two concurrent calls with the same id, exactly one returns true.
 */
public interface ReplayStore {

    /**
     * Records {@code id} until {@code forgetAfter}.
     *
     * @param id an opaque identifier; never a secret (hash it first if it could be one)
     * @return true if {@code id} was not recorded (or had been forgotten), false if it is a replay
     */
    boolean firstUse(String id, Instant forgetAfter);
}
