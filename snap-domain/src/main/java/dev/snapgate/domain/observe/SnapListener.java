package dev.snapgate.domain.observe;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.service.SnapService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Receives what snapgate does, for platforms that observe it their own way (the Micrometer binding is one
 * implementation). Every method has an empty default, so a listener implements only what it needs. Called on the
 * caller's thread, inside the call: implementations must be fast, thread-safe and must not throw (an exception is
 * ignored). Events carry low-cardinality facts only, never a token, an external ID or a reference.
 */
public interface SnapListener {

    /** Listens to nothing. */
    SnapListener NONE = new SnapListener() { };

    /** An upstream token call ended (retries included). */
    default void tokenRequested(ClientKey merchant, Outcome outcome, Duration duration) {
    }

    /** What the token cache did for one caller. */
    default void tokenCache(ClientKey merchant, CacheResult result) {
    }

    /**
     * A service call ended as its caller sees it (retries and re-authentication included).
     *
     * @param code the SNAP response code answered, when there was one
     */
    default void callCompleted(SnapService service, ClientKey merchant, Outcome outcome, Optional<ResponseCode> code,
            Duration duration) {
    }

    /**
     * One HTTP attempt ended.
     *
     * @param operation {@code ACCESS_TOKEN} or the service's name
     * @param status the HTTP status, or the transport failure (e.g. {@code timeout}, {@code connect})
     */
    default void attempt(String operation, String status, Duration duration) {
    }

    /** The upstream's circuit breaker changed state ({@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}). */
    default void breakerStateChanged(String breaker, String from, String to) {
    }

    /** A money-moving call ended with an unknown outcome (settle it). */
    default void outcomeUnknown(SnapService service, ClientKey merchant) {
    }

    /** One listener telling all of {@code listeners}, each shielded from the others' exceptions. */
    static SnapListener all(List<SnapListener> listeners) {
        List<SnapListener> copy = List.copyOf(listeners);
        return copy.isEmpty() ? NONE : new CompositeListener(copy.toArray(SnapListener[]::new));
    }
}
