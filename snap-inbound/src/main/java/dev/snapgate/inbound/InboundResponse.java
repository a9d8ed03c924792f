package dev.snapgate.inbound;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What to answer: HTTP status, headers and body bytes (always JSON here). Immutable. */
public final class InboundResponse {

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;

    InboundResponse(int status, Map<String, String> headers, byte[] body) {
        this.status = status;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
        this.body = Objects.requireNonNull(body, "body").clone();
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "InboundResponse[" + status + ", " + body.length + " bytes]";
    }
}
