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
        // stripes keep Object's identity equality: no duplicates means distinct generators
        assertThat(RandomExternalIds.STRIPES).doesNotHaveDuplicates().doesNotContainNull();
    }

    /** A stripe hands each drawn byte out once, in order, and draws again only when its pool is used up. */
    @Test
    void aStripe_usesEachDrawnByteOnce_andDrawsAgainOnlyWhenItsPoolIsSpent() {
        int[] draws = {0};
        java.security.SecureRandom counting = new java.security.SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (draws[0] * 7 + i); // a different pattern per draw
                }
                draws[0]++;
            }
        };
        RandomExternalIds.Stripe stripe = new RandomExternalIds.Stripe(counting);
        Set<Long> values = new java.util.HashSet<>();
        for (int i = 0; i < 32; i++) {
            values.add(stripe.nextLong());
        }
        assertThat(draws[0]).isEqualTo(1);
        assertThat(values).hasSize(32);
        long first = 0;
        for (int i = 0; i < 8; i++) {
            first = (first << 8) | (byte) (7 + i) & 0xFF;
        }
        assertThat(stripe.nextLong()).as("the 33rd value starts the second draw").isEqualTo(first);
        assertThat(draws[0]).isEqualTo(2);
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
