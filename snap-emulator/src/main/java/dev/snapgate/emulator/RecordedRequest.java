package dev.snapgate.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A request as the emulator received it, for tests to assert on. Header names are lower case. Holds credentials
 * (bearer tokens, signatures) exactly as sent, so {@link #toString()} shows only the method and path.
 */
public record RecordedRequest(Instant receivedAt, String method, String path, Map<String, String> headers,
        byte[] body) {

    public RecordedRequest {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** A header value by case-insensitive name, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return "RecordedRequest[" + method + " " + path + "]";
    }
}
