package dev.snapgate.app.observe;

import dev.snapgate.http.SnapMdc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.api.internal.Examples;
import dev.snapgate.domain.observe.CacheResult;
import dev.snapgate.domain.observe.Outcome;
import dev.snapgate.domain.observe.SnapListener;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.http.ResilienceSettings;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** One line attaches a registry; every meter, span and MDC entry appears, and none carries a secret or an ID. */
class ObservabilityIT {

    private static final ClientKey MERCHANT = ClientKey.of("IONPAYTEST");
    private static final Secret SECRET = Secret.of("observability-client-secret-5a");

    private SnapEmulator emulator;
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final SimpleTracer tracer = new SimpleTracer();
    private final ObservationRegistry observations = ObservationRegistry.create();
    private final List<Map<String, String>> mdcWhileSigning = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    /** The HMAC signer, run inside the call like a platform's HSM code: records what the MDC says meanwhile. */
    private final class MdcRecordingSigner implements Signer {
        private final Signer inner = new HmacSha512Signer(SECRET);

        @Override
        public Signature sign(StringToSign stringToSign) {
            Map<String, String> mdc = MDC.getCopyOfContextMap();
            mdcWhileSigning.add(mdc == null ? Map.of() : new HashMap<>(mdc));
            return inner.sign(stringToSign);
        }
    }

    private SnapClient client(ResilienceSettings resilience) {
        return SnapClient.builder().baseUrl(emulator.baseUrl())
                .merchant(Merchant.of(MERCHANT, Fixtures.rsa2048().signer(), new MdcRecordingSigner()))
                .readTimeout(Duration.ofMillis(600))
                .resilience(resilience)
                .meterRegistry(meters)
                .observationRegistry(observations)
                .listener(new SnapListener() {
                    @Override
                    public void tokenRequested(ClientKey merchant, Outcome outcome, Duration duration) {
                        events.add("token " + outcome.tag());
                    }

                    @Override
                    public void tokenCache(ClientKey merchant, CacheResult result) {
                        events.add("cache " + result.tag());
                    }

                    @Override
                    public void callCompleted(SnapService service, ClientKey merchant, Outcome outcome,
                            Optional<ResponseCode> code, Duration duration) {
                        events.add("call " + service + " " + outcome.tag() + " " + code.map(Object::toString)
                                .orElse("none"));
                    }

                    @Override
                    public void breakerStateChanged(String breaker, String from, String to) {
                        events.add("breaker " + from + "->" + to);
                    }

                    @Override
                    public void outcomeUnknown(SnapService service, ClientKey merchant) {
                        events.add("unknown " + service);
                    }
                })
                .build();
    }

    @BeforeEach
    void start() {
        emulator = SnapEmulator.builder().client(MERCHANT, Fixtures.rsa2048Public(), SECRET).start();
        // as Spring Boot configures it: the registry's meter handler beside the tracing handler
        observations.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer))
                .observationHandler(new io.micrometer.core.instrument.observation.DefaultMeterObservationHandler(
                        meters));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static String tags(Meter m) {
        return m.getId().getTags().stream().map(t -> t.getKey() + "=" + t.getValue()).sorted()
                .collect(Collectors.joining(","));
    }

    private Set<String> meterLines() {
        return meters.getMeters().stream().map(m -> m.getId().getName() + "{" + tags(m) + "}")
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aTokenCallAndServiceCalls_showEveryMeter_spansAndMdc_andNoTagCarriesASecretOrAnId() {
        String externalId;
        AccessToken token;
        try (SnapClient nicepay = client(ResilienceSettings.DEFAULTS.withBackoff(Duration.ofMillis(5),
                Duration.ofMillis(20)))) {
            token = nicepay.accessToken(MERCHANT);
            ServiceResponse balance = nicepay.call(ServiceRequest.of(SnapService.BALANCE_INQUIRY, MERCHANT,
                    Examples.of(SnapService.BALANCE_INQUIRY).toBody()));
            externalId = balance.externalId();
            emulator.faults().service(SnapService.EWALLET_PAYMENT).next(1).respond(500, "5005400");
            assertThatThrownBy(() -> nicepay.ewallets().pay((dev.snapgate.api.EwalletPaymentRequest) Examples
                    .of(SnapService.EWALLET_PAYMENT))).isInstanceOf(SnapOutcomeUnknownException.class);
        }

        Set<String> lines = meterLines();
        assertThat(lines).contains(
                "snapgate.token.requests{error=none,merchant=IONPAYTEST,outcome=success}",
                "snapgate.token.cache{merchant=IONPAYTEST,result=miss}",
                "snapgate.token.cache{merchant=IONPAYTEST,result=hit}",
                "snapgate.token.age.seconds{merchant=IONPAYTEST}",
                "snapgate.service.calls{code=2001100,error=none,merchant=IONPAYTEST,outcome=success,"
                        + "service=BALANCE_INQUIRY}",
                "snapgate.service.calls{code=5005400,error=SnapOutcomeUnknownException,merchant=IONPAYTEST,"
                        + "outcome=outcome_unknown,service=EWALLET_PAYMENT}",
                "snapgate.http.attempts{operation=ACCESS_TOKEN,status=200}",
                "snapgate.http.attempts{operation=BALANCE_INQUIRY,status=200}",
                "snapgate.http.attempts{operation=EWALLET_PAYMENT,status=500}",
                "snapgate.outcome.unknown{merchant=IONPAYTEST,service=EWALLET_PAYMENT}");
        // issue 24: one set of meters with both registries attached, each call timed once
        assertThat(lines).noneMatch(l -> l.startsWith("snapgate.service.call{") || l.startsWith(
                "snapgate.token.request{"));
        assertThat(meters.find("snapgate.service.calls").tag("service", "BALANCE_INQUIRY").timers())
                .singleElement().satisfies(t -> assertThat(t.count()).isEqualTo(1));
        assertThat(lines).anyMatch(l -> l.startsWith("resilience4j.circuitbreaker.state{"));
        assertThat(lines).anyMatch(l -> l.startsWith("resilience4j.retry.calls{"));
        // the bulkhead's gauges: 64 slots configured by default, all free once the calls are over
        assertThat(meters.get("resilience4j.bulkhead.max.allowed.concurrent.calls").gauge().value()).isEqualTo(64.0);
        assertThat(meters.get("resilience4j.bulkhead.available.concurrent.calls").gauge().value()).isEqualTo(64.0);
        assertThat(meters.get("snapgate.token.age.seconds").gauge().value()).isBetween(0.0, 60.0);

        // every tag value of the run: low cardinality, never a secret, token, external ID or reference
        Set<String> values = meters.getMeters().stream().flatMap(m -> m.getId().getTags().stream())
                .map(Tag::getValue).collect(Collectors.toSet());
        for (String v : values) {
            assertThat(v).doesNotContain(token.value().reveal()).doesNotContain(SECRET.reveal())
                    .doesNotContain(externalId).doesNotContain("EWALLET-0001").doesNotContain("Bearer");
            assertThat(v.length()).isLessThan(40);
        }

        // spans, through Micrometer Tracing's test kit
        List<String> spans = tracer.getSpans().stream().map(SimpleSpan::getName).toList();
        assertThat(spans).contains("snapgate access token", "snapgate BALANCE_INQUIRY", "snapgate EWALLET_PAYMENT");
        SimpleSpan call = tracer.getSpans().stream().filter(s -> s.getName().equals("snapgate BALANCE_INQUIRY"))
                .findFirst().orElseThrow();
        assertThat(call.getTags()).containsEntry("service", "BALANCE_INQUIRY").containsEntry("outcome", "success")
                .containsEntry("code", "2001100");

        // MDC: set while the call runs (the signer ran inside it), cleared after, never the token
        Map<String, String> during = mdcWhileSigning.get(0);
        assertThat(during).containsEntry(SnapMdc.SERVICE, "BALANCE_INQUIRY")
                .containsEntry(SnapMdc.MERCHANT, "IONPAYTEST")
                .containsEntry(SnapMdc.EXTERNAL_ID, externalId);
        assertThat(during.values()).noneMatch(v -> v.contains(token.value().reveal()));
        assertThat(MDC.getCopyOfContextMap() == null || MDC.getCopyOfContextMap().isEmpty()).isTrue();

        // the listener hook saw the same run
        assertThat(events).contains("cache miss", "token success", "cache hit",
                "call BALANCE_INQUIRY success 2001100", "call EWALLET_PAYMENT outcome_unknown 5005400",
                "unknown EWALLET_PAYMENT");
    }

    @Test
    void theBreakerOpening_reachesTheListenerAndTheMeters() {
        ResilienceSettings fragile = ResilienceSettings.DEFAULTS.toBuilder().maxAttempts(1).slidingWindowSize(2)
                .minimumCalls(2).failureRateThreshold(50).openDuration(Duration.ofMinutes(5)).build();
        emulator.faults().token().next(5).respond(503, "5037300");
        try (SnapClient nicepay = client(fragile)) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> nicepay.freshToken(MERCHANT)).isInstanceOf(SnapUnavailableException.class);
            }
        }

        assertThat(events).contains("breaker CLOSED->OPEN", "token unavailable");
        assertThat(meterLines()).contains("snapgate.token.requests{error=SnapUnavailableException,merchant=IONPAYTEST,outcome=unavailable}",
                "snapgate.http.attempts{operation=ACCESS_TOKEN,status=503}");
        assertThat(meters.getMeters()).anySatisfy(m -> {
            assertThat(m.getId().getName()).isEqualTo("resilience4j.circuitbreaker.state");
            assertThat(m.getId().getTag("state")).isEqualTo("open");
            assertThat(meters.get("resilience4j.circuitbreaker.state").tag("state", "open").gauge().value())
                    .isEqualTo(1.0);
        });
    }
}
