package dev.snapgate.domain.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.MutableClock;
import dev.snapgate.domain.replay.IdempotencyStore.Claim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(clock);

    @Override
    protected List<IdempotencyStore> twoInstances() {
        return List.of(store, store);
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    @Test
    void aLeaseThatRanOut_letsAnotherCallerClaim_andTheOldOwnerCanNoLongerComplete() {
        Claim.Claimed crashed = (Claim.Claimed) store.claim("k", clock.instant().plusSeconds(120));
        clock.advance(Duration.ofSeconds(121));

        assertThat(store.claim("k", clock.instant().plusSeconds(120))).isInstanceOf(Claim.Claimed.class);
        assertThat(store.complete("k", crashed.owner(), "late", clock.instant().plusSeconds(60))).isFalse();
    }

    @Test
    void doneEntriesAreForgottenAfterTheirTime_andSweptAway() {
        for (int i = 0; i < 2048; i++) {
            Claim.Claimed c = (Claim.Claimed) store.claim("k" + i, clock.instant().plusSeconds(10));
            store.complete("k" + i, c.owner(), "ok", clock.instant().plusSeconds(60));
        }
        clock.advance(Duration.ofSeconds(61));
        for (int i = 0; i < 1024; i++) {
            store.putIfAbsent("n" + i, "v", clock.instant().plusSeconds(60));
        }
        assertThat(store.size()).isLessThanOrEqualTo(1024);
        assertThat(store.claim("k1", clock.instant().plusSeconds(10))).isInstanceOf(Claim.Claimed.class);
    }
}
