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
import dev.snapgate.domain.SnapConfigurationException;
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

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    private SnapJson() {
    }

    /**
     * Parses a JSON object (e.g. a {@code --body-file}) into an ordered map for a
     * {@link dev.snapgate.domain.service.ServiceRequest}.
     *
     * @param source names the input in messages
     * @throws SnapConfigurationException if the text is not one JSON object
     */
    public static Map<String, Object> parseObject(String json, String source) {
        try {
            LinkedHashMap<String, Object> map = MAPPER.readValue(json, MAP);
            if (map == null) {
                throw new SnapConfigurationException(source + " holds JSON null; a SNAP body is a JSON object {...}");
            }
            return map;
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the offending text, which may be a secret file given by mistake
            String what = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? "has a duplicate key" : e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException
                            ? "is JSON but not an object" : "is not valid JSON";
            throw new SnapConfigurationException(source + " " + what + " (at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ", column "
                    + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + "); a SNAP body is one JSON"
                    + " object {...}; its content is not shown");
        }
    }

    /** Indented JSON for people (CLI output). */
    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SnapConfigurationException("the value cannot be written as JSON (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }

    /** Compact JSON text of a value (CLI {@code --json} output). */
    public static String compactText(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SnapConfigurationException("the value cannot be written as JSON (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }

    /** Compact UTF-8 bytes: what is hashed is exactly what is sent. */
    static byte[] compact(Map<String, Object> body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new SnapConfigurationException("the request body cannot be written as JSON ("
                    + e.getClass().getSimpleName() + "); use maps, lists, strings, numbers, booleans and null", e);
        }
    }

    static Map<String, Object> toMap(com.fasterxml.jackson.databind.JsonNode node) {
        return MAPPER.convertValue(node, MAP);
    }
}
