package dev.snapgate.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class RandomExternalIdsTest {

    @Test
    void stripes_areAFixedSetOfDistinctGenerators_boundedWhateverTheCoreCount() {
        assertThat(RandomExternalIds.stripes(1)).hasSize(8);
        assertThat(RandomExternalIds.stripes(4)).hasSize(16);
        assertThat(RandomExternalIds.stripes(1_000)).hasSize(256);
        SecureRandomSet distinct = new SecureRandomSet(RandomExternalIds.STRIPES);
        assertThat(distinct.size()).isEqualTo(RandomExternalIds.STRIPES.length);
    }

    /** A thread per ID (as a platform that starts a virtual thread per request does): all distinct, all valid. */
    @Test
    void aThreadPerId_stillGivesDistinctIds_inOneMillisecond() throws Exception {
        ExternalIdGenerator ids = new RandomExternalIds(Clock.fixed(Instant.ofEpochMilli(1735614700123L),
                ZoneOffset.UTC));
        Set<String> seen = ConcurrentHashMap.newKeySet();
        int threads = 2_000;
        CountDownLatch done = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    for (int k = 0; k < 10; k++) {
                        seen.add(ExternalIdGenerator.requireValid(ids.next()));
                    }
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        assertThat(seen).hasSize(threads * 10).allMatch(id -> id.length() == 36 && id.startsWith("1735614700123"));
    }

    private static final class SecureRandomSet {
        private final IdentityHashMap<Object, Boolean> map = new IdentityHashMap<>();

        SecureRandomSet(Object[] items) {
            for (Object item : items) {
                map.put(item, Boolean.TRUE);
            }
        }

        int size() {
            return map.size();
        }
    }
}
