package dev.snapgate.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The raw baseline's body bytes: compact JSON as the client writes it (checked equal in the benchmark's set-up). */
final class BenchJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BenchJson() {
    }

    static byte[] compact(Map<String, Object> body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
