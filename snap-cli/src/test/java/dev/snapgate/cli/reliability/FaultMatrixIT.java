package dev.snapgate.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.error.SnapMalformedResponseException;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.domain.error.SnapUnauthorizedException;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.emulator.FaultScript;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.http.LogCapture;
import dev.snapgate.signing.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault x operation: the typed outcome, how many requests the emulator saw, the time it took, and that no
 * money-moving call is ever re-sent after an unknown outcome. Logging runs at TRACE and no canary credential may
 * appear in a log line, an exception message or a toString(). Writes target/reliability/fault-matrix.md.
 */
class FaultMatrixIT {

    enum Operation { TOKEN, INQUIRY, PAYMENT }

    enum Fault {
        LATENCY_BEYOND_READ_TIMEOUT, CONNECTION_RESET, CONNECTION_REFUSED,
        HTTP_500_SNAP, HTTP_502_SNAP, HTTP_503_SNAP, HTTP_504_SNAP,
        HTTP_500_HTML, HTTP_502_HTML, HTTP_503_HTML, HTTP_504_HTML,
        HTTP_429_RETRY_AFTER, HTTP_429_NO_RETRY_AFTER,
        HTTP_200_NOT_JSON, HTTP_200_TRUNCATED, HTTP_200_NON_SUCCESS_CODE,
        TOKEN_EXPIRES_EARLY, TOKEN_REVOKED
    }

    /** What a row must show. */
    record Expected(String outcome, int requests, Duration bound) {
    }

    private static SnapEmulator emulator;
    private static LogCapture logs;
    private static final Map<String, String> REPORT = new ConcurrentHashMap<>();
    private static final List<Throwable> ERRORS = new ArrayList<>();

    @BeforeAll
    static void start() {
        emulator = SnapEmulator.builder().client(CanaryStack.CLIENT, Fixtures.rsa2048Public(),
                dev.snapgate.domain.Secret.of(CanaryStack.CLIENT_SECRET)).start();
        logs = new LogCapture();
    }

    @AfterAll
    static void stop() throws IOException {
        String text = logs.text();
        logs.close();
        emulator.close();
        for (Throwable t : ERRORS) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                assertThat(c.getClass().getName()).as("no adapter library type escapes, even as a cause")
                        .doesNotStartWith("feign.").doesNotStartWith("com.fasterxml.")
                        .doesNotStartWith("io.github.resilience4j.");
            }
        }
        for (String canary : CanaryStack.canaries()) {
            assertThat(text).as("logs").doesNotContain(canary);
            for (Throwable t : ERRORS) {
                for (Throwable c = t; c != null; c = c.getCause()) {
                    assertThat(String.valueOf(c.getMessage())).doesNotContain(canary);
                    assertThat(c.toString()).doesNotContain(canary);
                }
            }
        }
        Path out = Path.of("target", "reliability", "fault-matrix.md");
        Files.createDirectories(out.getParent());
        StringBuilder md = new StringBuilder("| fault | token call | inquiry (BALANCE_INQUIRY) | payment (EWALLET_PAYMENT) |\n"
                + "|---|---|---|---|\n");
        for (Fault f : Fault.values()) {
            md.append("| ").append(f.name().toLowerCase().replace('_', ' '));
            for (Operation o : Operation.values()) {
                md.append(" | ").append(REPORT.getOrDefault(f + "/" + o, "–"));
            }
            md.append(" |\n");
        }
        Files.writeString(out, md.toString());
    }

    static Stream<Arguments> matrix() {
        return Stream.of(Fault.values()).flatMap(f -> Stream.of(Operation.values()).map(o -> Arguments.of(f, o)));
    }

    private static FaultScript.Endpoint endpoint(Operation op) {
        return switch (op) {
            case TOKEN -> emulator.faults().token();
            case INQUIRY -> emulator.faults().service(SnapService.BALANCE_INQUIRY);
            case PAYMENT -> emulator.faults().service(SnapService.EWALLET_PAYMENT);
        };
    }

    private static String snapCode(int status, Operation op) {
        int service = switch (op) {
            case TOKEN -> 73;
            case INQUIRY -> 11;
            case PAYMENT -> 54;
        };
        return String.format("%03d%02d00", status, service);
    }

    private static void inject(Fault fault, Operation op) {
        FaultScript.Next always = endpoint(op).next(100);
        switch (fault) {
            case LATENCY_BEYOND_READ_TIMEOUT -> always.delay(Duration.ofMillis(1200));
            case CONNECTION_RESET -> always.dropConnection();
            case HTTP_500_SNAP, HTTP_502_SNAP, HTTP_503_SNAP, HTTP_504_SNAP -> {
                int status = Integer.parseInt(fault.name().substring(5, 8));
                always.respond(status, snapCode(status, op));
            }
            case HTTP_500_HTML, HTTP_502_HTML, HTTP_503_HTML, HTTP_504_HTML ->
                    always.html(Integer.parseInt(fault.name().substring(5, 8)));
            case HTTP_429_RETRY_AFTER -> always.respond(429, snapCode(429, op), Duration.ofSeconds(1));
            case HTTP_429_NO_RETRY_AFTER -> always.respond(429, snapCode(429, op));
            case HTTP_200_NOT_JSON -> always.body(200, "OK, thanks!");
            case HTTP_200_TRUNCATED -> always.body(200, "{\"responseCode\":\"" + snapCode(200, op) + "\",\"acc");
            case HTTP_200_NON_SUCCESS_CODE -> always.respond(200, snapCode(401, op));
            case TOKEN_EXPIRES_EARLY -> emulator.expireAllTokens();
            case TOKEN_REVOKED -> emulator.revokeAllTokens();
            case CONNECTION_REFUSED -> { }
        }
    }

    /** The documented expectation of every row. */
    static Expected expected(Fault fault, Operation op) {
        boolean money = op == Operation.PAYMENT;
        int retried = money ? 1 : 3;
        Duration quick = Duration.ofSeconds(2);
        return switch (fault) {
            case LATENCY_BEYOND_READ_TIMEOUT -> money ? new Expected("OutcomeUnknown(TIMEOUT)", 1, quick)
                    : new Expected("Unavailable(TIMEOUT)", 3, Duration.ofMillis(2500));
            case CONNECTION_RESET -> money ? new Expected("OutcomeUnknown(NETWORK)", 1, quick)
                    : new Expected("Unavailable(NETWORK)", 3, quick);
            case CONNECTION_REFUSED -> new Expected("Unavailable(CONNECT)", 0, quick);
            case HTTP_500_SNAP, HTTP_502_SNAP, HTTP_503_SNAP, HTTP_504_SNAP, HTTP_500_HTML, HTTP_502_HTML,
                    HTTP_503_HTML, HTTP_504_HTML -> money ? new Expected("OutcomeUnknown(SERVER_ERROR)", 1, quick)
                            : new Expected("Unavailable(SERVER_ERROR)", 3, quick);
            case HTTP_429_RETRY_AFTER -> new Expected("Unavailable(THROTTLED)", retried,
                    money ? quick : Duration.ofMillis(3500));
            case HTTP_429_NO_RETRY_AFTER -> new Expected("Unavailable(THROTTLED)", retried, quick);
            case HTTP_200_NOT_JSON, HTTP_200_TRUNCATED -> money ? new Expected("OutcomeUnknown(garbled)", 1, quick)
                    : new Expected("MalformedResponse", 1, quick);
            case HTTP_200_NON_SUCCESS_CODE -> new Expected("Unauthorized", 1, quick);
            case TOKEN_EXPIRES_EARLY, TOKEN_REVOKED -> op == Operation.TOKEN
                    ? new Expected("cached token returned (client cannot know)", 0, quick)
                    : new Expected("success after 1 token renewal", 2, quick);
        };
    }

    private static String describe(Throwable t) {
        if (t instanceof SnapUnavailableException u) {
            return "Unavailable(" + u.reason() + ")";
        }
        if (t instanceof SnapOutcomeUnknownException o) {
            String m = o.getMessage();
            String why = m.contains("TIMEOUT") ? "TIMEOUT" : m.contains("NETWORK") ? "NETWORK"
                    : m.contains("SERVER_ERROR") ? "SERVER_ERROR" : "garbled";
            return "OutcomeUnknown(" + why + ")";
        }
        if (t instanceof SnapMalformedResponseException) {
            return "MalformedResponse";
        }
        if (t instanceof SnapUnauthorizedException) {
            return "Unauthorized";
        }
        return t.getClass().getSimpleName();
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("matrix")
    void everyFault_givesTheDocumentedTypedOutcome_withinItsBounds(Fault fault, Operation op) throws Exception {
        emulator.faults().clear();
        URI base = emulator.baseUrl();
        if (fault == Fault.CONNECTION_REFUSED) {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                base = URI.create("http://127.0.0.1:" + s.getLocalPort());
            }
        }
        CanaryStack stack = new CanaryStack(base);
        AccessToken warm = null;
        if (op != Operation.TOKEN || fault == Fault.TOKEN_EXPIRES_EARLY || fault == Fault.TOKEN_REVOKED) {
            if (fault != Fault.CONNECTION_REFUSED) {
                warm = stack.tokens.issue(CanaryStack.CLIENT);
            }
        }
        emulator.journal().clear();
        inject(fault, op);
        Expected expected = expected(fault, op);

        long start = System.nanoTime();
        String outcome;
        try {
            switch (op) {
                case TOKEN -> {
                    AccessToken t = stack.tokens.issue(CanaryStack.CLIENT);
                    outcome = t == warm ? "cached token returned (client cannot know)" : "success";
                }
                case INQUIRY -> {
                    stack.caller.call(ServiceRequest.of(SnapService.BALANCE_INQUIRY, CanaryStack.CLIENT,
                            Map.of("accountNo", "1234567890")));
                    outcome = "success after 1 token renewal";
                }
                default -> {
                    stack.caller.call(ServiceRequest.of(SnapService.EWALLET_PAYMENT, CanaryStack.CLIENT,
                            Map.of("partnerReferenceNo", "PAY-" + fault, "merchantId", "IONPAYTEST",
                                    "amount", Map.of("value", "100.00", "currency", "IDR"))));
                    outcome = "success after 1 token renewal";
                }
            }
        } catch (SnapException e) {
            synchronized (ERRORS) {
                ERRORS.add(e);
            }
            outcome = describe(e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        int requests = switch (op) {
            case TOKEN -> emulator.journal().tokenRequests().size();
            case INQUIRY -> emulator.journal().serviceRequests(SnapService.BALANCE_INQUIRY).size();
            case PAYMENT -> emulator.journal().serviceRequests(SnapService.EWALLET_PAYMENT).size();
        };
        REPORT.put(fault + "/" + op, outcome + ", " + requests + " req, " + elapsed.toMillis() + " ms");
        emulator.faults().clear();

        assertThat(outcome).isEqualTo(expected.outcome());
        assertThat(requests).isEqualTo(expected.requests());
        assertThat(elapsed).isLessThan(expected.bound());
        if (op == Operation.PAYMENT && !outcome.startsWith("success")) {
            assertThat(requests).as("a payment is never re-sent").isLessThanOrEqualTo(1);
        }
        if (fault == Fault.HTTP_429_RETRY_AFTER && op != Operation.PAYMENT) {
            assertThat(elapsed).as("two Retry-After waits").isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        }
    }
}
