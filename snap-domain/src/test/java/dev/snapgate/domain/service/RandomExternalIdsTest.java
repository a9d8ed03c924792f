package dev.snapgate.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
        // SecureRandom keeps Object's identity equality: no duplicates means distinct generators
        assertThat(RandomExternalIds.STRIPES).doesNotHaveDuplicates().doesNotContainNull();
    }

    /** 2,000 short-lived threads of ten IDs each (a virtual thread per request, in effect): all distinct, all valid. */
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
}
