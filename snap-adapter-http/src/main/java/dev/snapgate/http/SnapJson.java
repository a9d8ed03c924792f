package dev.snapgate.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapConfigurationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The adapter's one JSON mapper, for request bodies and answers alike. Numbers are kept as {@code BigDecimal}s with
 * their scale, so {@code 10000.00}-style amounts and big integers survive both ways; output is compact UTF-8 with
 * string values untouched (spaces and non-ASCII inside strings are data); unknown fields in answers are ignored
 * (NICEPAY adds fields); credentials are read straight into {@link dev.snapgate.domain.Secret}.
 */
final class SnapJson {

    static final ObjectMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .recyclerPool(new ByThreadKind(VirtualThreads::current)).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // "last one wins" would turn {"responseCode":"5005400",...,"responseCode":"2005400"} into a success
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(JsonGenerator.Feature.ESCAPE_NON_ASCII)
            .addModule(new SimpleModule("snapgate-secrets").addDeserializer(Secret.class, new SecretDeserializer()))
            .build();

    static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    /** Readers and writers resolved once: per call, {@code MAPPER.readValue(bytes, MAP)} looked the type up again. */
    static final com.fasterxml.jackson.databind.ObjectReader MAP_READER = MAPPER.readerFor(MAP);
    private static final com.fasterxml.jackson.databind.ObjectWriter WRITER = MAPPER.writer();

    private SnapJson() {
    }

    /**
     * Jackson's buffers: kept per thread on platform threads (Jackson's default), shared on virtual threads. A
     * platform that runs each call on a new virtual thread got none of the per-thread kind's reuse: every serialised
     * body and parsed answer allocated a fresh buffer set, and a soft reference for the GC to process.
     */
    static final class ByThreadKind implements RecyclerPool<BufferRecycler> {
        private static final long serialVersionUID = 1L;
        /**
         * At most this many idle sets are kept; more are dropped for the GC. A JSON read or write never blocks, so a
         * virtual thread holds a set only while it runs on a carrier: in practice about as many as there are cores.
         */
        static final int MAX_IDLE = 64;

        private final RecyclerPool<BufferRecycler> shared = JsonRecyclerPools.newBoundedPool(MAX_IDLE);
        private final transient java.util.function.BooleanSupplier onVirtualThread;

        /** @param onVirtualThread whether the calling thread is virtual ({@link VirtualThreads#current()}) */
        ByThreadKind(java.util.function.BooleanSupplier onVirtualThread) {
            this.onVirtualThread = onVirtualThread;
        }

        /** A copy read back from a serialised {@code JsonFactory}: the same kind of pool, asking the JVM. */
        private Object readResolve() {
            return new ByThreadKind(VirtualThreads::current);
        }

        private RecyclerPool<BufferRecycler> pool() {
            return onVirtualThread.getAsBoolean() ? shared : JsonRecyclerPools.threadLocalPool();
        }

        @Override
        public BufferRecycler acquirePooled() {
            return pool().acquirePooled();
        }

        /** Linked to the pool it came from (the shared one), or to none (a thread's own), so it goes back there. */
        @Override
        public BufferRecycler acquireAndLinkPooled() {
            return pool().acquireAndLinkPooled();
        }

        @Override
        public void releasePooled(BufferRecycler recycler) {
            pool().releasePooled(recycler);
        }

        /** Sets held in the shared pool (a platform thread's own set is not counted). */
        @Override
        public int pooledCount() {
            return shared.pooledCount();
        }

        @Override
        public boolean clear() {
            return shared.clear();
        }
    }

    /** Compact UTF-8 bytes: what is hashed is exactly what is sent. */
    static byte[] compact(Map<String, Object> body) {
        try {
            return WRITER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new SnapConfigurationException("the request body cannot be written as JSON ("
                    + e.getClass().getSimpleName() + "); use maps, lists, strings, numbers, booleans and null", e);
        }
    }

}
