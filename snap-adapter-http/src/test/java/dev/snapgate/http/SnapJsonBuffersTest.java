package dev.snapgate.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.BufferRecycler;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Jackson's buffers in snapgate's mapper: a platform thread keeps its own set (Jackson's default); a virtual thread,
 * which a platform may start for every call, takes one from a shared pool and gives it back, so the next call on a
 * new thread reuses it instead of allocating another. (The project runs on Java 17, so the virtual branch is chosen
 * here by the pool's thread test; {@code VirtualThreadHarness} runs it on real virtual threads.)
 */
class SnapJsonBuffersTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** What one use of the mapper does: take a set linked to its pool, use it, hand it back. */
    private static BufferRecycler use(SnapJson.ByThreadKind pool) {
        BufferRecycler recycler = pool.acquireAndLinkPooled();
        recycler.releaseToPool();
        return recycler;
    }

    @Test
    void onPlatformThreads_eachThreadKeepsItsOwnBuffers() throws Exception {
        SnapJson.ByThreadKind pool = new SnapJson.ByThreadKind(() -> false);
        BufferRecycler mine = use(pool);
        assertThat(use(pool)).isSameAs(mine);
        BufferRecycler another = threads.submit(() -> use(pool)).get(10, TimeUnit.SECONDS);
        assertThat(another).isNotSameAs(mine);
        assertThat(pool.pooledCount()).isZero(); // nothing went to the shared pool
    }

    @Test
    void onVirtualThreads_aNewThreadReusesTheBuffersAnEarlierOneGaveBack() throws Exception {
        SnapJson.ByThreadKind pool = new SnapJson.ByThreadKind(() -> true);
        BufferRecycler first = threads.submit(() -> use(pool)).get(10, TimeUnit.SECONDS);
        assertThat(pool.pooledCount()).isEqualTo(1);
        // a different thread, as a fresh virtual thread per call would be: the same set, not a new one
        ExecutorService fresh = Executors.newSingleThreadExecutor();
        BufferRecycler second;
        try {
            second = fresh.submit(() -> use(pool)).get(10, TimeUnit.SECONDS);
        } finally {
            fresh.shutdownNow();
        }
        assertThat(second).isSameAs(first);
        // a set in use is not handed to anyone else
        BufferRecycler held = pool.acquireAndLinkPooled();
        BufferRecycler other = pool.acquireAndLinkPooled();
        assertThat(other).isNotSameAs(held);
        held.releaseToPool();
        other.releaseToPool();
        assertThat(pool.pooledCount()).isEqualTo(2);
    }

    @Test
    void onVirtualThreads_idleBuffersAreKeptUpToABound() {
        SnapJson.ByThreadKind pool = new SnapJson.ByThreadKind(() -> true);
        java.util.List<BufferRecycler> inUse = new java.util.ArrayList<>();
        for (int i = 0; i < SnapJson.ByThreadKind.MAX_IDLE + 10; i++) {
            inUse.add(pool.acquireAndLinkPooled());
        }
        inUse.forEach(BufferRecycler::releaseToPool);
        assertThat(pool.pooledCount()).isEqualTo(SnapJson.ByThreadKind.MAX_IDLE);
    }

    @Test
    void theMapper_writesAndReadsAsBefore() throws Exception {
        byte[] bytes = SnapJson.compact(Map.of("amount", Map.of("value", new java.math.BigDecimal("10000.00"))));
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"amount\":{\"value\":10000.00}}");
        Map<String, Object> read = SnapJson.MAP_READER.readValue(bytes);
        assertThat(read).containsKey("amount");
        assertThat(VirtualThreads.current()).isFalse(); // Java 17 has none; on 21+ a platform thread is not one
    }
}
