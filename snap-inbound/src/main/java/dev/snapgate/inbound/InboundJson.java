package dev.snapgate.inbound;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** NICEPAY's bodies: parsed strictly (one JSON object, no duplicate keys, nothing after it), written compact. */
final class InboundJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private InboundJson() {
    }

    /** The body as a JSON object, or empty when it is not exactly one. */
    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> object(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            Object parsed = MAPPER.readValue(body, Object.class);
            return parsed instanceof Map ? Optional.of((Map<String, Object>) parsed) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static byte[] write(Map<String, Object> body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer built from strings and maps is always JSON", e);
        }
    }
}
