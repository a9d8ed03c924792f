package dev.snapgate.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.snapgate.domain.error.SnapConfigurationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CLI's JSON: request bodies read from files (numbers kept as {@code BigDecimal} with their scale, duplicate keys
 * refused, strings untouched) and results printed for people. The library serialises the map it is given; reading it
 * this way keeps {@code 10000.00} as written.
 */
final class CliJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonGenerator.Feature.ESCAPE_NON_ASCII)
            .build();

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    private CliJson() {
    }

    /**
     * One JSON object, in order. Errors name the source, line and column, never the content (a secret file given by
     * mistake must not be echoed).
     */
    static Map<String, Object> parseObject(String json, String source) {
        try {
            LinkedHashMap<String, Object> map = MAPPER.readValue(json, MAP);
            if (map == null) {
                throw new SnapConfigurationException(source + " holds JSON null; a SNAP body is a JSON object {...}");
            }
            return map;
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? "has a duplicate key" : e instanceof MismatchedInputException ? "is JSON but not an object"
                            : "is not valid JSON";
            throw new SnapConfigurationException(source + " " + what + " (at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ", column "
                    + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + "); a SNAP body is one JSON"
                    + " object {...}; its content is not shown");
        }
    }

    /** One JSON array of objects (a bills file); errors as {@link #parseObject}. */
    static java.util.List<Map<String, Object>> parseListOfObjects(String json, String source) {
        try {
            java.util.List<LinkedHashMap<String, Object>> list = MAPPER.readValue(json,
                    new TypeReference<java.util.List<LinkedHashMap<String, Object>>>() { });
            if (list == null) {
                throw new SnapConfigurationException(source + " holds JSON null; expected a list [{...}, ...]");
            }
            return java.util.List.copyOf(list);
        } catch (JsonProcessingException e) {
            throw new SnapConfigurationException(source + " is not a JSON list of objects (at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ", column "
                    + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr())
                    + "); expected [{\"virtualAccountNo\": ..., \"virtualAccountName\": ..., \"totalAmount\": ...}, ...];"
                    + " its content is not shown");
        }
    }

    static String pretty(Object value) {
        return write(value, true);
    }

    static String compact(Object value) {
        return write(value, false);
    }

    private static String write(Object value, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value)
                    : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result could not be written as JSON", e);
        }
    }
}
