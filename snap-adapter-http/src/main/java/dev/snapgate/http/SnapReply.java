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

    /** The typed error for an answer that is not a success, including answers that are not SNAP at all. */
    dev.snapgate.domain.SnapException failure(String operation) {
        SnapReply reply = this;
        boolean http2xx = reply.status() >= 200 && reply.status() < 300;
        if (reply.responseCode() == null) {
            String what = reply.bodyProblem() == null ? "no responseCode" : reply.bodyProblem();
            if (http2xx) {
                return new dev.snapgate.domain.SnapMalformedResponseException(operation + " failed: the upstream answered HTTP "
                        + reply.status() + " with " + what + ", which is not a SNAP response; check the base URL and"
                        + " report it if it persists", null, null);
            }
            if (reply.status() >= 500) {
                return new dev.snapgate.domain.SnapUnavailableException(operation + " failed: HTTP " + reply.status() + " with " + what
                        + " (likely a gateway or WAF in front of the upstream); safe calls are retried, try again"
                        + " later", dev.snapgate.domain.SnapUnavailableException.Reason.SERVER_ERROR, null, reply.retryAfter(), null);
            }
        }
        return dev.snapgate.domain.SnapResponses.toException(reply.status(), reply.responseCode(), reply.responseMessage(),
                reply.retryAfter(), operation);
    }

    @Override
    public String toString() {
        return "SnapReply[HTTP " + status + ", " + (responseCode == null ? "no code" : responseCode.value()) + "]";
    }
}
