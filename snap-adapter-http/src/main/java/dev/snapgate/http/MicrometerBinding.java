package dev.snapgate.http;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.domain.observe.CacheResult;
import dev.snapgate.domain.observe.Outcome;
import dev.snapgate.domain.observe.SnapListener;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.domain.token.CachingTokenIssuer;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Everything that touches Micrometer, in one class that is loaded only when a platform passes a registry: a platform
 * without Micrometer never needs it on its classpath. Tags are low-cardinality: merchant (client key), service
 * (catalogue name), outcome, the 7-digit SNAP code, the HTTP status or transport failure; never a token, external ID
 * or reference.
 */
final class MicrometerBinding {

    /** resilience4j-micrometer is an optional jar: a platform with Micrometer alone must not crash. */
    private static final boolean RESILIENCE_METRICS = present(
            "io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics");
    private static final java.util.concurrent.atomic.AtomicBoolean WARNED =
            new java.util.concurrent.atomic.AtomicBoolean();

    private MicrometerBinding() {
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, MicrometerBinding.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The only code that names resilience4j-micrometer: loaded only when that jar is present. */
    private static final class ResilienceMeters {
        static void bind(MeterRegistry registry, Resilience resilience) {
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(resilience.breakerRegistry()).bindTo(registry);
            TaggedRetryMetrics.ofRetryRegistry(resilience.retryRegistry()).bindTo(registry);
            io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics
                    .ofBulkheadRegistry(resilience.bulkheadRegistry()).bindTo(registry);
        }
    }

    /**
     * The meters, as a listener. With {@code timedByObservations} (an {@code ObservationRegistry} is attached too, as
     * Spring Boot attaches one), the call and token timers come from the observations, named the same, so each call
     * is timed once; the other meters are recorded here either way.
     */
    static SnapListener listener(Object meterRegistry, boolean timedByObservations) {
        return new Meters((MeterRegistry) meterRegistry, timedByObservations);
    }

    /** Breaker and retry meters (resilience4j-micrometer) and a token-age gauge per merchant. */
    static void bind(Object meterRegistry, Resilience resilience, CachingTokenIssuer tokens, Set<ClientKey> merchants) {
        MeterRegistry registry = (MeterRegistry) meterRegistry;
        if (RESILIENCE_METRICS) {
            ResilienceMeters.bind(registry, resilience);
        } else if (!WARNED.getAndSet(true)) {
            org.slf4j.LoggerFactory.getLogger(MicrometerBinding.class).info("snapgate: circuit breaker and retry"
                    + " meters are not bound (io.github.resilience4j:resilience4j-micrometer is not on the class"
                    + " path; add it to get them); every snapgate.* meter is");
        }
        for (ClientKey merchant : merchants) {
            Gauge.builder("snapgate.token.age.seconds", tokens, t -> t.tokenAge(merchant)
                    .map(d -> d.toMillis() / 1000.0).orElse(Double.NaN))
                    .description("age of the cached access token (NaN when none is cached)")
                    .tag("merchant", merchant.value()).baseUnit("seconds").register(registry);
        }
    }

    /** True for an observation registry without any handler: it records nothing. */
    static boolean isNoop(Object observationRegistry) {
        return ((ObservationRegistry) observationRegistry).isNoop();
    }

    /** Each service call as a Micrometer Observation {@code snapgate.service.calls}. */
    static ServiceCaller observeCalls(ServiceCaller inner, Object observationRegistry) {
        ObservationRegistry registry = (ObservationRegistry) observationRegistry;
        return request -> {
            Observation observation = Observation.createNotStarted("snapgate.service.calls", registry)
                    .contextualName("snapgate " + request.service().name())
                    .lowCardinalityKeyValue("service", request.service().name())
                    .lowCardinalityKeyValue("merchant", request.clientKey().value())
                    .start();
            try (Observation.Scope scope = observation.openScope()) {
                ServiceResponse response = inner.call(request);
                observation.lowCardinalityKeyValue("outcome", Outcome.SUCCESS.tag())
                        .lowCardinalityKeyValue("code", response.responseCode().value());
                return response;
            } catch (SnapException e) {
                observation.lowCardinalityKeyValue("outcome", Outcome.of(e).tag())
                        .lowCardinalityKeyValue("code", e.responseCode().map(ResponseCode::value).orElse("none"))
                        .error(e);
                throw e;
            } finally {
                observation.stop();
            }
        };
    }

    /** Each upstream token call as a Micrometer Observation {@code snapgate.token.request}. */
    static TokenIssuer observeTokens(TokenIssuer inner, Object observationRegistry) {
        ObservationRegistry registry = (ObservationRegistry) observationRegistry;
        return clientKey -> {
            Observation observation = Observation.createNotStarted("snapgate.token.requests", registry)
                    .contextualName("snapgate access token")
                    .lowCardinalityKeyValue("merchant", clientKey.value())
                    .start();
            try (Observation.Scope scope = observation.openScope()) {
                AccessToken token = inner.issue(clientKey);
                observation.lowCardinalityKeyValue("outcome", Outcome.SUCCESS.tag());
                return token;
            } catch (SnapException e) {
                observation.lowCardinalityKeyValue("outcome", Outcome.of(e).tag()).error(e);
                throw e;
            } finally {
                observation.stop();
            }
        };
    }

    /**
     * Timers and counters, each built once per tag combination and reused; looked up without formatting anything
     * (the 7-digit code is rendered only when its timer is first made).
     */
    private static final class Meters implements SnapListener {

        private record CallKey(SnapService service, ClientKey merchant, Outcome outcome, ResponseCode code) {
        }

        private record TokenKey(ClientKey merchant, Outcome outcome) {
        }

        private final MeterRegistry registry;
        private final ConcurrentMap<CallKey, Timer> calls = new ConcurrentHashMap<>();
        private final ConcurrentMap<TokenKey, Timer> tokens = new ConcurrentHashMap<>();
        private final ConcurrentMap<String, ConcurrentMap<String, Timer>> attempts = new ConcurrentHashMap<>();
        private final ConcurrentMap<ClientKey, Counter[]> cache = new ConcurrentHashMap<>();
        private final ConcurrentMap<CallKey, Counter> unknown = new ConcurrentHashMap<>();

        private final boolean timedByObservations;

        Meters(MeterRegistry registry, boolean timedByObservations) {
            this.registry = registry;
            this.timedByObservations = timedByObservations;
        }

        @Override
        public void tokenRequested(ClientKey merchant, Outcome outcome, Duration duration) {
            if (timedByObservations) {
                return;
            }
            tokens.computeIfAbsent(new TokenKey(merchant, outcome), k -> Timer.builder("snapgate.token.requests")
                    .description("upstream access-token calls, retries included")
                    .tag("merchant", k.merchant().value()).tag("outcome", k.outcome().tag()).register(registry))
                    .record(duration.toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public void tokenCache(ClientKey merchant, CacheResult result) {
            cache.computeIfAbsent(merchant, m -> {
                Counter[] byResult = new Counter[CacheResult.values().length];
                for (CacheResult r : CacheResult.values()) {
                    byResult[r.ordinal()] = Counter.builder("snapgate.token.cache")
                            .description("token cache results: hit, miss, wait (joined another caller's refresh)")
                            .tag("merchant", m.value()).tag("result", r.tag()).register(registry);
                }
                return byResult;
            })[result.ordinal()].increment();
        }

        @Override
        public void callCompleted(SnapService service, ClientKey merchant, Outcome outcome,
                Optional<ResponseCode> code, Duration duration) {
            if (timedByObservations) {
                return;
            }
            calls.computeIfAbsent(new CallKey(service, merchant, outcome, code.orElse(null)), k ->
                    Timer.builder("snapgate.service.calls")
                            .description("SNAP service calls as the caller sees them, retries included")
                            .tag("service", k.service().name()).tag("merchant", k.merchant().value())
                            .tag("outcome", k.outcome().tag())
                            .tag("code", k.code() == null ? "none" : k.code().value()).register(registry))
                    .record(duration.toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public void attempt(String operation, String status, Duration duration) {
            attempts.computeIfAbsent(operation, o -> new ConcurrentHashMap<>())
                    .computeIfAbsent(status, st -> Timer.builder("snapgate.http.attempts")
                            .description("HTTP attempts to the upstream")
                            .tag("operation", operation).tag("status", st).register(registry))
                    .record(duration.toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public void outcomeUnknown(SnapService service, ClientKey merchant) {
            unknown.computeIfAbsent(new CallKey(service, merchant, Outcome.OUTCOME_UNKNOWN, null), k ->
                    Counter.builder("snapgate.outcome.unknown")
                            .description("money-moving calls that ended with an unknown outcome: settle them")
                            .tag("service", k.service().name()).tag("merchant", k.merchant().value())
                            .register(registry))
                    .increment();
        }
    }
}
