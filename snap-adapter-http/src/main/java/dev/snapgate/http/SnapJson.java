package dev.snapgate.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
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

    static final ObjectMapper MAPPER = JsonMapper.builder()
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
