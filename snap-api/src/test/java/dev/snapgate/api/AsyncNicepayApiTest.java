package dev.snapgate.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.api.internal.Examples;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The async typed API: the platform's executor, the blocking API's answers and typed errors. */
class AsyncNicepayApiTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "platform-pool"));
    private final Set<String> callerThreads = ConcurrentHashMap.newKeySet();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private NicepayApi api(java.util.function.Function<ServiceRequest, ServiceResponse> upstream) {
        return new NicepayApi(r -> {
            callerThreads.add(Thread.currentThread().getName());
            return upstream.apply(r);
        }, r -> upstream.apply(r), ClientKey.of("M"), Clock.systemUTC());
    }

    private static ServiceResponse success(ServiceRequest r) {
        return new ServiceResponse(r.service(), ResponseCode.parse("200" + r.service().code() + "00"), "Successful",
                Map.of("virtualAccountData", Map.of("virtualAccountNo", "8000000000001001")), "1");
    }

    @Test
    void calls_runOnThePlatformsExecutor_andCompleteWithTheTypedAnswer() throws Exception {
        AsyncNicepayApi async = api(AsyncNicepayApiTest::success).async(pool);
        List<CompletableFuture<VirtualAccount>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            futures.add(async.call(a -> a.virtualAccounts().create((VaCreateRequest) Examples.of(
                    SnapService.VA_CREATE))));
        }

        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        assertThat(futures).allSatisfy(f -> assertThat(f.join().virtualAccountNo()).isEqualTo("8000000000001001"));
        assertThat(callerThreads).containsOnly("platform-pool");
    }

    @Test
    void aFailure_isTheBlockingCallsTypedException() {
        SnapOutcomeUnknownException unknown = new SnapOutcomeUnknownException("may have happened", null, "1", "ORDER",
                null);
        AsyncNicepayApi async = api(r -> {
            throw unknown;
        }).async(pool);

        CompletableFuture<VirtualAccount> f = async.call(a -> a.virtualAccounts().create((VaCreateRequest)
                Examples.of(SnapService.VA_CREATE)));

        assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isSameAs(unknown);
    }

    @Test
    void callsWaitForTheExecutor_notForAThreadOfTheirOwn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        AsyncNicepayApi async = api(r -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return success(r);
        }).async(pool);
        List<CompletableFuture<VirtualAccount>> futures = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            futures.add(async.call(a -> a.virtualAccounts().status((VaStatusRequest) Examples.of(
                    SnapService.VA_STATUS))));
        }

        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(futures.stream().filter(CompletableFuture::isDone)).isEmpty(); // two run, three queue
        release.countDown();
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(callerThreads).containsOnly("platform-pool");
    }

    @Test
    void theCommonPool_isRefused_andAShutDownExecutor_failsTheFutureWithNothingSent() {
        NicepayApi api = api(AsyncNicepayApiTest::success);
        assertThatThrownBy(() -> api.async(ForkJoinPool.commonPool())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newVirtualThreadPerTaskExecutor");

        pool.shutdown();
        CompletableFuture<VirtualAccount> f = api.async(pool).call(a -> a.virtualAccounts().status((VaStatusRequest)
                Examples.of(SnapService.VA_STATUS)));

        assertThat(f).isCompletedExceptionally();
        assertThatThrownBy(f::join).cause().isInstanceOfSatisfying(SnapUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(SnapUnavailableException.Reason.BUSY));
        assertThat(callerThreads).isEmpty();
    }
}
