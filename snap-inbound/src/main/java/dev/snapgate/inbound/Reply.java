package dev.snapgate.inbound;

import dev.snapgate.domain.SnapTimestamp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An answer being built: HTTP status and SNAP body; stored as text when a request's answer is remembered. */
final class Reply {

    final int status;
    final Map<String, Object> body;

    private Reply(int status, Map<String, Object> body) {
        this.status = status;
        this.body = body;
    }

    /** A SNAP answer {@code <http><service><case>} ({@code 413} is reported with SNAP's {@code 400}). */
    static Reply snap(int status, int service, int caseCode, String message) {
        Reply r = new Reply(status, new LinkedHashMap<>());
        int http = status == 413 ? 400 : status;
        r.body.put("responseCode", String.format("%03d%02d%02d", http, service, caseCode));
        r.body.put("responseMessage", message);
        return r;
    }

    /** {@code 500XX00}: NICEPAY sends the request again later. */
    static Reply retryLater(int service) {
        return snap(500, service, 0, "General Error");
    }

    String code() {
        return (String) body.get("responseCode");
    }

    /** The platform failed or could not be asked: nothing is recorded, NICEPAY's retry is processed anew. */
    boolean isRetryable() {
        return status >= 500;
    }

    /** {@code <status> <json>}: what {@link #restore} reads back. */
    String store() {
        return status + " " + new String(InboundJson.write(body), StandardCharsets.UTF_8);
    }

    static Optional<Reply> restore(String stored) {
        int space = stored.indexOf(' ');
        if (space < 1) {
            return Optional.empty();
        }
        try {
            int status = Integer.parseInt(stored.substring(0, space));
            return InboundJson.object(stored.substring(space + 1).getBytes(StandardCharsets.UTF_8))
                    .map(b -> new Reply(status, new LinkedHashMap<>(b)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    InboundResponse toResponse(Clock clock) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-TIMESTAMP", SnapTimestamp.now(clock).value());
        return new InboundResponse(status, headers, InboundJson.write(body));
    }
}
