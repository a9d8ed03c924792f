package dev.snapgate.domain.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.replay.IdempotencyStore.Claim;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyStore} must do, run against each implementation (in memory here, Redis in
 * {@code snap-store-redis}): two handles of one store stand for two instances of a fleet.
 */
public abstract class IdempotencyStoreContract {

    /** Two handles on the same store (two instances of a fleet). */
    protected abstract List<IdempotencyStore> twoInstances();

    protected Clock clock() {
        return Clock.systemUTC();
    }

    private Instant in(int seconds) {
        return clock().instant().plusSeconds(seconds);
    }

    @Test
    void aClaimedKey_isPendingForOthers_thenDoneWithItsAnswer() {
        List<IdempotencyStore> fleet = twoInstances();
        Claim mine = fleet.get(0).claim("k1", in(60));

        assertThat(mine).isInstanceOf(Claim.Claimed.class);
        assertThat(fleet.get(1).claim("k1", in(60))).isInstanceOf(Claim.Pending.class);
        assertThat(fleet.get(0).complete("k1", ((Claim.Claimed) mine).owner(), "200 {\"ok\":1}", in(600))).isTrue();
        assertThat(fleet.get(1).claim("k1", in(60))).isEqualTo(new Claim.Done("200 {\"ok\":1}"));
    }

    @Test
    void aReleasedKey_canBeClaimedAgain_andOnlyItsOwnerCanReleaseOrCompleteIt() {
        List<IdempotencyStore> fleet = twoInstances();
        Claim.Claimed mine = (Claim.Claimed) fleet.get(0).claim("k2", in(60));

        assertThat(fleet.get(1).release("k2", "someone-else")).isFalse();
        assertThat(fleet.get(1).complete("k2", "someone-else", "x", in(60))).isFalse();
        assertThat(fleet.get(0).release("k2", mine.owner())).isTrue();
        assertThat(fleet.get(1).claim("k2", in(60))).isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void putIfAbsent_recordsOnce_andTellsLaterCallersWhatIsThere() {
        List<IdempotencyStore> fleet = twoInstances();

        assertThat(fleet.get(0).putIfAbsent("k3", "token", in(60))).isEmpty();
        assertThat(fleet.get(1).putIfAbsent("k3", "notification", in(60))).contains("token");
    }

    @Test
    void ofManyConcurrentClaims_acrossInstances_exactlyOneWins() throws Exception {
        List<IdempotencyStore> fleet = twoInstances();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<Claim>> tasks = IntStream.range(0, 32).<Callable<Claim>>mapToObj(i -> () -> {
                go.await(10, TimeUnit.SECONDS);
                return fleet.get(i % 2).claim("contended", in(60));
            }).toList();
            List<Future<Claim>> futures = tasks.stream().map(pool::submit).toList();
            go.countDown();
            int claimed = 0;
            for (Future<Claim> f : futures) {
                if (f.get(10, TimeUnit.SECONDS) instanceof Claim.Claimed) {
                    claimed++;
                }
            }
            assertThat(claimed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
