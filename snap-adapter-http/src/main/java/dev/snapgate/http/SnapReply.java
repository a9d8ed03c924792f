package dev.snapgate.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snapgate.domain.ResponseCode;
import java.time.Duration;

/**
 * One upstream answer, read within the size cap: HTTP status, the parsed JSON body (null when it was not JSON,
 * with {@code bodyProblem} saying why), the parsed {@code responseCode} (null when absent or invalid) and the
 * server's {@code Retry-After}.
 */
record SnapReply(int status, JsonNode json, String bodyProblem, ResponseCode responseCode, String responseMessage,
        Duration retryAfter, long elapsedMillis) {

    boolean isJson() {
        return json != null;
    }

    String text(String field) {
        JsonNode node = json == null ? null : json.get(field);
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asText() : null;
    }

    @Override
    public String toString() {
        return "SnapReply[HTTP " + status + ", " + (responseCode == null ? "no code" : responseCode.value()) + "]";
    }
}
