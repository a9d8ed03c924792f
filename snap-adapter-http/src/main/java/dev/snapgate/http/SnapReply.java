package dev.snapgate.http;

import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.error.SnapMalformedResponseException;
import dev.snapgate.domain.error.SnapUnavailableException;
import java.time.Duration;
import java.util.Map;

/**
 * One upstream answer, read within the size cap: HTTP status, the JSON body parsed once into an ordered map (null
 * when it was not a JSON object, with {@code bodyProblem} saying why), the parsed {@code responseCode} (null when absent or invalid) and the
 * server's {@code Retry-After}.
 */
record SnapReply(int status, Map<String, Object> json, String bodyProblem, ResponseCode responseCode,
        String responseMessage, Duration retryAfter, long elapsedMillis) {

    /** Both signals agree on success: a 2xx status and a success {@code responseCode}. */
    boolean isSuccess() {
        return status >= 200 && status < 300 && responseCode != null && responseCode.isSuccess();
    }

    /** The typed error for an answer that is not a success, including answers that are not SNAP at all. */
    SnapException failure(String operation) {
        boolean http2xx = status >= 200 && status < 300;
        if (responseCode == null) {
            String what = bodyProblem == null ? "no responseCode" : bodyProblem;
            if (http2xx) {
                return new SnapMalformedResponseException(operation + " failed: the upstream answered HTTP " + status
                        + " with " + what + ", which is not a SNAP response; check the base URL and report it if it"
                        + " persists", null, null);
            }
            if (status >= 500) {
                return new SnapUnavailableException(operation + " failed: HTTP " + status + " with " + what
                        + " (likely a gateway or WAF in front of the upstream); safe calls are retried, try again"
                        + " later", SnapUnavailableException.Reason.SERVER_ERROR, null, retryAfter, null);
            }
        }
        return SnapResponses.toException(status, responseCode, responseMessage, retryAfter, operation);
    }

    @Override
    public String toString() {
        return "SnapReply[HTTP " + status + ", " + (responseCode == null ? "no code" : responseCode.value()) + "]";
    }
}
