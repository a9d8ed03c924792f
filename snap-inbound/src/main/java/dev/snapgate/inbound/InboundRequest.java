package dev.snapgate.inbound;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as a web framework hands it over: method, path (without query), headers (names matched without
 * regard to case; the first value of each counts) and the body bytes.
 */
public final class InboundRequest {

    private final String method;
    private final String path;
    private final Map<String, String> headers;
    private final byte[] body;
    private final String remoteAddress;

    private InboundRequest(String method, String path, Map<String, String> headers, byte[] body,
            String remoteAddress) {
        this.method = method;
        this.path = path;
        this.headers = headers;
        this.body = body;
        this.remoteAddress = remoteAddress;
    }

    /**
     * @param headers each header's values, as the framework gives them (null or empty lists are ignored)
     */
    public static InboundRequest of(String method, String path, Map<String, ? extends List<String>> headers,
            byte[] body) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Map<String, String> first = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null && values != null && !values.isEmpty() && values.get(0) != null) {
                first.putIfAbsent(name, values.get(0));
            }
        });
        return new InboundRequest(method.toUpperCase(Locale.ROOT), path, first, body.clone(), null);
    }

    /** A request with single-valued headers (tests, simple frameworks). */
    public static InboundRequest simple(String method, String path, Map<String, String> headers, byte[] body) {
        Map<String, List<String>> multi = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> multi.put(k, List.of(v)));
        return of(method, path, multi, body);
    }

    /**
     * This request with the address of the peer that sent it (an IP literal, as the framework reports it), for the
     * inbound core's source allow-list. Adapters set it; behind a proxy, pass the address the proxy vouches for.
     */
    public InboundRequest withRemoteAddress(String address) {
        return new InboundRequest(method, path, headers, body, Objects.requireNonNull(address, "address"));
    }

    /** The peer's address, if the adapter gave it. */
    public Optional<String> remoteAddress() {
        return Optional.ofNullable(remoteAddress);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The header's first value, if sent. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    byte[] bodyBytes() {
        return body;
    }

    public int bodyLength() {
        return body.length;
    }

    @Override
    public String toString() {
        return "InboundRequest[" + method + " " + path + ", " + body.length + " bytes]";
    }
}
