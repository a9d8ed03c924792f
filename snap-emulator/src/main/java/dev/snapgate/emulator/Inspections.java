package dev.snapgate.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every token and service call the emulator answered, newest last, with why it was refused in terms a developer can
 * act on (the string-to-sign the emulator computed, the token masked; the field and rule). The last 500 are kept.
 * Never holds a secret, a private key or a whole token. Thread-safe.
 */
public final class Inspections {

    private static final int KEPT = 500;

    /**
     * One answered request.
     *
     * @param details what the emulator checked and found, e.g. {@code stringToSign}, {@code bodySha256}, {@code hint}
     */
    public record Inspection(long id, Instant at, String clientKey, String service, String method, String path,
            int status, String responseCode, String responseMessage, Map<String, String> details, String body) {
        public Inspection {
            details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        }
    }

    private final Deque<Inspection> kept = new ConcurrentLinkedDeque<>();
    private final AtomicLong ids = new AtomicLong();

    void add(Instant at, String clientKey, String service, String method, String path, int status, String code,
            String message, Map<String, String> details, String body) {
        kept.addLast(new Inspection(ids.incrementAndGet(), at, clientKey, service, method, path, status, code,
                message, details, body));
        while (kept.size() > KEPT) {
            kept.pollFirst();
        }
    }

    /** Oldest first. */
    public List<Inspection> all() {
        return new ArrayList<>(kept);
    }

    /** A token shown only by its first four characters and its length. */
    static String mask(String token) {
        if (token == null || token.isEmpty()) {
            return "(none)";
        }
        return token.substring(0, Math.min(4, token.length())) + "…(" + token.length() + " chars)";
    }
}
