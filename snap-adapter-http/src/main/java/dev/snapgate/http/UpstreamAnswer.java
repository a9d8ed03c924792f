package dev.snapgate.http;

import dev.snapgate.domain.code.ResponseCode;
import java.time.Duration;
import java.util.Map;

/**
 * One upstream answer, read within the size cap: HTTP status, the JSON body parsed once into an ordered map (null
 * when it was not a JSON object, with {@code bodyProblem} saying why), the parsed {@code responseCode} (null when absent or invalid) and the
 * server's {@code Retry-After}.
 */
record UpstreamAnswer(int status, Map<String, Object> json, String bodyProblem, ResponseCode responseCode,
        String responseMessage, Duration retryAfter, long elapsedMillis) {

    /** Both signals agree on success: a 2xx status and a success {@code responseCode}. */
    boolean isSuccess() {
        return status >= 200 && status < 300 && responseCode != null && responseCode.isSuccess();
    }

    @Override
    public String toString() {
        return "UpstreamAnswer[HTTP " + status + ", " + (responseCode == null ? "no code" : responseCode.value()) + "]";
    }
}
