package dev.snapgate.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.error.SnapUnauthorizedException;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.http.ResilienceSettings;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PemKeyLoader;
import dev.snapgate.signing.RsaSha256Verifier;
import dev.snapgate.signing.SigningKey;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Bounded load: 200 callers, two merchants, 30 % injected upstream failures on the token and inquiry endpoints and
 * a 3-second total outage in the middle. Duration: 20 s by default, {@code -Dsnapgate.load.seconds=60} for the full
 * run. Writes target/reliability/load.md.
 */
class LoadIT {

    private static final ClientKey A = ClientKey.of("LOAD_A");
    private static final ClientKey B = ClientKey.of("LOAD_B");
    private static final int CALLERS = 200;

    @Test
    void twoHundredCallersUnderInjectedFailures_getOnlyTheirOwnValidTokens_andOnlyTypedErrors() throws Exception {
        long seconds = Long.getLong("snapgate.load.seconds", 20);
        System.gc();
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long heapBefore = usedHeap();

        SigningKey keyA = Fixtures.rsa2048();
        SigningKey keyB = PemKeyLoader.load(Fixtures.file("keys/other2048.pkcs8.pem"), Optional.empty());
        Duration lifetime = Duration.ofSeconds(6);
        SnapEmulator emulator = SnapEmulator.builder().tokenLifetime(lifetime)
                .client(A, RsaSha256Verifier.of(keyA), Secret.of("load-secret-a"))
                .client(B, RsaSha256Verifier.of(keyB), Secret.of("load-secret-b")).start();
        Clock clock = Clock.systemUTC();
        SnapClient snap = SnapClient.builder()
                .baseUrl(emulator.baseUrl())
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(Duration.ofSeconds(2))
                .resilience(ResilienceSettings.builder().initialBackoff(Duration.ofMillis(20))
                        .maxBackoff(Duration.ofMillis(200)).failureRateThreshold(50f).slidingWindowSize(50)
                        .minimumCalls(20).openDuration(Duration.ofSeconds(1)).halfOpenCalls(5).build())
                .merchant(Merchant.of(A, keyA.signer(), new HmacSha512Signer(Secret.of("load-secret-a"))))
                .merchant(Merchant.of(B, keyB.signer(), new HmacSha512Signer(Secret.of("load-secret-b"))))
                .clock(clock)
                .build();
        SnapClient resilient = snap;
        // held through references so the whole client stack becomes unreachable after the run
        java.util.concurrent.atomic.AtomicReference<TokenIssuer> tokensRef =
                new java.util.concurrent.atomic.AtomicReference<>(snap.tokenIssuer());
        java.util.concurrent.atomic.AtomicReference<ServiceCaller> callerRef =
                new java.util.concurrent.atomic.AtomicReference<>(snap.serviceCaller());
        snap = null;
        injectThirtyPercent(emulator);

        Map<String, ClientKey> owner = new ConcurrentHashMap<>();
        LongAdder tokenReads = new LongAdder();
        LongAdder calls = new LongAdder();
        LongAdder successes = new LongAdder();
        LongAdder successesAfterOutage = new LongAdder();
        LongAdder wrongClient = new LongAdder();
        LongAdder expiredHandedOut = new LongAdder();
        LongAdder untyped = new LongAdder();
        LongAdder unauthorized = new LongAdder();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        AtomicLong outageEnd = new AtomicLong(Long.MAX_VALUE);
        Instant end = Instant.now().plusSeconds(seconds);

        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        for (int i = 0; i < CALLERS; i++) {
            ClientKey client = i % 2 == 0 ? A : B;
            int caller0 = i;
            pool.submit(() -> {
                long n = 0;
                while (Instant.now().isBefore(end)) {
                    n++;
                    try {
                        if ((n + caller0) % 10 < 7) {
                            // compared with when the caller asked: a token that was valid when handed out can
                            // expire before a check after the return (200 threads on 2 cores: a caller can be
                            // descheduled in between), so a check after the return fails without any bug
                            Instant asked = Instant.now();
                            AccessToken t = tokensRef.get().issue(client);
                            tokenReads.increment();
                            if (!t.expiresAt().isAfter(asked)) {
                                expiredHandedOut.increment();
                            }
                            ClientKey first = owner.putIfAbsent(t.value().reveal(), client);
                            if (first != null && !first.equals(client)) {
                                wrongClient.increment();
                            }
                        } else {
                            calls.increment();
                            callerRef.get().call(ServiceRequest.of(SnapService.BALANCE_INQUIRY, client, Map.of("accountNo", "L" + n)));
                            successes.increment();
                            long outageOver = outageEnd.get();
                            if (outageOver != Long.MAX_VALUE && System.nanoTime() - outageOver
                                    > TimeUnit.SECONDS.toNanos(2)) {
                                successesAfterOutage.increment();
                            }
                        }
                    } catch (SnapUnauthorizedException e) {
                        unauthorized.increment();
                        failures.computeIfAbsent("Unauthorized(" + e.responseCode().map(Object::toString).orElse("-")
                                + ")", k -> new LongAdder()).increment();
                    } catch (SnapUnavailableException e) {
                        failures.computeIfAbsent("Unavailable(" + e.reason() + ")", k -> new LongAdder()).increment();
                    } catch (SnapException e) {
                        failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment();
                    } catch (RuntimeException e) {
                        untyped.increment();
                    }
                    try {
                        Thread.sleep(2); // think time: real callers do not spin on a fast failure
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        // the outage: everything fails for 3 s in the middle, then back to 30 %
        StringBuilder timeline = new StringBuilder();
        long half = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds) / 2;
        while (System.nanoTime() < half) {
            timeline.append(resilient.health().circuitState().name().charAt(0));
            Thread.sleep(250);
        }

        emulator.faults().clear();
        emulator.faults().token().randomly(1.0).respond(503, "5037300");
        emulator.faults().service(SnapService.BALANCE_INQUIRY).randomly(1.0).respond(503, "5031100");
        SnapClient breakerView = resilient;
        boolean openedDuringOutage = false;
        long outageStop = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        timeline.append(" | outage: ");
        while (System.nanoTime() < outageStop) {
            openedDuringOutage |= breakerView.health().circuitState() == dev.snapgate.http.CircuitState.OPEN;
            timeline.append(breakerView.health().circuitState().name().charAt(0));
            Thread.sleep(250);
        }
        timeline.append(" | after: ");
        emulator.faults().clear();
        injectThirtyPercent(emulator);
        outageEnd.set(System.nanoTime());
                while (Instant.now().isBefore(end)) {
            timeline.append(breakerView.health().circuitState().name().charAt(0));
            Thread.sleep(250);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(seconds + 30, TimeUnit.SECONDS)).isTrue();
        // the journal keeps the last 10,000 requests, so on a fast run the first token requests have left it: the
        // emulator's count of issued tokens is exact, the journal's count of requests a lower bound
        int tokenRequestsInJournal = emulator.journal().tokenRequests().size();
        int tokensIssued = emulator.issuedTokenCount();
        breakerView = null;
        emulator.close();
        emulator = null; // its request journal (10,000 entries) is not a leak of snapgate's
        int tokensSeen = owner.size();
        owner.clear();

        // let the JDK HttpClient's selector thread and Jetty's pool wind down, then compare with the baseline
        resilient = null;
        tokensRef.set(null);
        callerRef.set(null);
        int threadsAfter = Integer.MAX_VALUE;
        for (int i = 0; i < 50 && threadsAfter > threadsBefore + 2; i++) {
            System.gc();
            Thread.sleep(100);
            threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
        }
        long heapAfter = usedHeap();

        long refreshesPerClient = (long) Math.ceil(seconds / (lifetime.toSeconds() / 2.0));
        String report = "| measure | value |\n|---|---|\n"
                + "| duration | " + seconds + " s, " + CALLERS + " callers, 2 merchants |\n"
                + "| token reads (cache) | " + tokenReads.sum() + " |\n"
                + "| BALANCE_INQUIRY calls | " + calls.sum() + " (" + successes.sum() + " succeeded, "
                + successesAfterOutage.sum() + " of them after the outage) |\n"
                + "| typed failures | " + failures + " |\n"
                + "| untyped exceptions | " + untyped.sum() + " |\n"
                + "| wrong merchant's token handed out | " + wrongClient.sum() + " |\n"
                + "| token handed out already expired when asked for | " + expiredHandedOut.sum() + " |\n"
                + "| 401 from the emulator (mixed token/partner/secret) | " + unauthorized.sum() + " |\n"
                + "| circuit opened during the outage | " + openedDuringOutage + " |\n"
                + "| breaker state every 250 ms (C closed, O open, H half-open) | " + timeline + " |\n"
                + "| tokens issued | " + tokensIssued + " (token requests still in the emulator's 10,000-entry journal: "
                + tokenRequestsInJournal + ") |\n"
                + "| token refreshes bound | 2 merchants x ~" + refreshesPerClient
                + " refreshes = " + (2 * refreshesPerClient) + " at most without failures; retries of the 30 % failures"
                + " add to it, refreshes skipped while the breaker is open take from it) |\n"
                + "| threads before / after | " + threadsBefore + " / " + threadsAfter + " |\n"
                + "| used heap before / after (MiB, after GC) | " + heapBefore / (1 << 20) + " / " + heapAfter / (1 << 20)
                + " |\n";
        Path out = Path.of("target", "reliability", "load.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);

        assertThat(untyped.sum()).as(report).isZero();
        assertThat(wrongClient.sum()).as(report).isZero();
        assertThat(expiredHandedOut.sum()).as(report).isZero();
        assertThat(unauthorized.sum()).as(report).isZero();
        assertThat(failures).as("a 4xx (e.g. 409 for a reused X-EXTERNAL-ID) would be snapgate's fault: " + report)
                .doesNotContainKeys("SnapRejectedException", "SnapMalformedResponseException");
        assertThat(openedDuringOutage).as(report).isTrue();
        assertThat(failures).as(report).containsKey("Unavailable(CIRCUIT_OPEN)");
        assertThat(successesAfterOutage.sum()).as("recovered after the outage: " + report).isPositive();
        // at most one refresh per merchant per half-lifetime, each with its 3 attempts, plus the half-open probes;
        // fewer when the breaker was open at refresh time (the still-valid token is kept and refreshed later)
        assertThat(tokensIssued).as(report).isGreaterThanOrEqualTo(2)
                .isLessThanOrEqualTo((int) (2 * refreshesPerClient * 3 + seconds));
        assertThat(threadsAfter).as(report).isLessThanOrEqualTo(threadsBefore + 2);
        assertThat(heapAfter).as(report).isLessThan(heapBefore + 32L * 1024 * 1024);
        assertThat(tokensSeen).as("distinct tokens handed out: each one issued by the emulator").isBetween(2,
                tokensIssued);
    }

    private static void injectThirtyPercent(SnapEmulator emulator) {
        emulator.faults().token().randomly(0.3).respond(503, "5037300");
        emulator.faults().service(SnapService.BALANCE_INQUIRY).randomly(0.3).respond(503, "5031100");
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

}
