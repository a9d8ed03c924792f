package dev.snapgate.emulator;

import dev.snapgate.domain.service.SnapService;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Scripted misbehaviour, per endpoint: "answer the next N calls with ...". Steps queue up in order; an endpoint
 * with no step left behaves normally. Thread-safe.
 *
 * <pre>{@code
 * emulator.faults().token().next(2).respond(503, "5037300");
 * emulator.faults().service(SnapService.EWALLET_PAYMENT).next(1).delay(Duration.ofSeconds(3));
 * }</pre>
 */
public final class FaultScript {

    /** What a scripted step does. */
    enum Kind { RESPOND, HTML, BODY, DELAY, DROP_CONNECTION, EMPTY_RESPONSE }

    record Step(Kind kind, int status, String body, Duration delay) {
    }

    private static final class Queued {
        final Step step;
        int remaining;

        Queued(Step step, int remaining) {
            this.step = step;
            this.remaining = remaining;
        }
    }

    private final Map<String, ConcurrentLinkedDeque<Queued>> queues = new ConcurrentHashMap<>();

    /** Faults for the token endpoint. */
    public Endpoint token() {
        return new Endpoint(Journal.TOKEN_PATH);
    }

    /** Faults for one service endpoint. */
    public Endpoint service(SnapService service) {
        return new Endpoint(Objects.requireNonNull(service, "service").path());
    }

    /** Drops every scripted step. */
    public void clear() {
        queues.clear();
    }

    /** The next step for {@code path}, consuming one use of it; null when the endpoint behaves normally. */
    Step take(String path) {
        ConcurrentLinkedDeque<Queued> queue = queues.get(path);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            Queued head = queue.peekFirst();
            if (head == null) {
                return null;
            }
            if (--head.remaining <= 0) {
                queue.pollFirst();
            }
            return head.step;
        }
    }

    /** Scripting for one endpoint. */
    public final class Endpoint {
        private final String path;

        Endpoint(String path) {
            this.path = path;
        }

        /** The next {@code calls} calls (after steps already queued) get the fault chosen next. */
        public Next next(int calls) {
            if (calls < 1) {
                throw new IllegalArgumentException("calls must be at least 1");
            }
            return new Next(path, calls);
        }
    }

    /** The fault for a number of calls. */
    public final class Next {
        private final String path;
        private final int calls;

        Next(String path, int calls) {
            this.path = path;
            this.calls = calls;
        }

        /** Answer with this HTTP status and SNAP code (and a generic message). */
        public void respond(int httpStatus, String responseCode) {
            add(new Step(Kind.RESPOND, httpStatus, responseCode, null));
        }

        /** Answer with an HTML error page, as a gateway or WAF in front of NICEPAY does. */
        public void html(int httpStatus) {
            add(new Step(Kind.HTML, httpStatus, null, null));
        }

        /** Answer with exactly this body (not JSON, truncated, anything). */
        public void body(int httpStatus, String body) {
            add(new Step(Kind.BODY, httpStatus, Objects.requireNonNull(body, "body"), null));
        }

        /** Process normally, but answer only after {@code delay}. */
        public void delay(Duration delay) {
            add(new Step(Kind.DELAY, 0, null, Objects.requireNonNull(delay, "delay")));
        }

        /** Reset the connection without an answer. */
        public void dropConnection() {
            add(new Step(Kind.DROP_CONNECTION, 0, null, null));
        }

        /** Close the connection without sending a byte. */
        public void emptyResponse() {
            add(new Step(Kind.EMPTY_RESPONSE, 0, null, null));
        }

        private void add(Step step) {
            queues.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addLast(new Queued(step, calls));
        }
    }
}
