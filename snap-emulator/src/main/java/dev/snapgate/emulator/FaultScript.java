package dev.snapgate.emulator;

import dev.snapgate.domain.service.SnapService;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;

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

    record Step(Kind kind, int status, String body, Duration delay, Duration retryAfter) {
    }

    private static final class Queued {
        final Step step;
        final double probability;
        int remaining;

        Queued(Step step, int remaining, double probability) {
            this.step = step;
            this.remaining = remaining;
            this.probability = probability;
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
            if (head.probability < 1.0 && ThreadLocalRandom.current().nextDouble() >= head.probability) {
                return null; // this call behaves normally
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
            return new Next(path, calls, 1.0);
        }

        /**
         * From now on (until {@link FaultScript#clear()}), each call gets the fault chosen next with this
         * probability, e.g. {@code 0.3} for 30 % injected failures under load.
         */
        public Next randomly(double probability) {
            if (!(probability > 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability must be in (0, 1]");
            }
            return new Next(path, Integer.MAX_VALUE, probability);
        }
    }

    /** The fault for a number of calls. */
    public final class Next {
        private final String path;
        private final int calls;
        private final double probability;

        Next(String path, int calls, double probability) {
            this.path = path;
            this.calls = calls;
            this.probability = probability;
        }

        /** Answer with this HTTP status and SNAP code (and a generic message). */
        public void respond(int httpStatus, String responseCode) {
            add(new Step(Kind.RESPOND, httpStatus, responseCode, null, null));
        }

        /** Answer with this HTTP status and SNAP code and a {@code Retry-After} header (whole seconds). */
        public void respond(int httpStatus, String responseCode, Duration retryAfter) {
            add(new Step(Kind.RESPOND, httpStatus, responseCode, null, Objects.requireNonNull(retryAfter,
                    "retryAfter")));
        }

        /** Answer with an HTML error page, as a gateway or WAF in front of NICEPAY does. */
        public void html(int httpStatus) {
            add(new Step(Kind.HTML, httpStatus, null, null, null));
        }

        /** Answer with exactly this body (not JSON, truncated, anything). */
        public void body(int httpStatus, String body) {
            add(new Step(Kind.BODY, httpStatus, Objects.requireNonNull(body, "body"), null, null));
        }

        /** Process normally, but answer only after {@code delay}. */
        public void delay(Duration delay) {
            add(new Step(Kind.DELAY, 0, null, Objects.requireNonNull(delay, "delay"), null));
        }

        /** Reset the connection without an answer. */
        public void dropConnection() {
            add(new Step(Kind.DROP_CONNECTION, 0, null, null, null));
        }

        /** Close the connection without sending a byte. */
        public void emptyResponse() {
            add(new Step(Kind.EMPTY_RESPONSE, 0, null, null, null));
        }

        private void add(Step step) {
            queues.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addLast(new Queued(step, calls, probability));
        }
    }
}
