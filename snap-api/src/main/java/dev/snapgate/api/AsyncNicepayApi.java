package dev.snapgate.api;

import dev.snapgate.domain.error.SnapUnavailableException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * The typed API, asynchronously: each call runs on an executor the platform chooses and its future completes with the
 * typed answer or fails with the same {@code SnapException} the blocking call throws (deadlines, retries, the
 * never-re-send rule and settlement are the blocking API's, unchanged). Obtain it with
 * {@code client.api(merchant).async(executor)}.
 *
 * <p>Each call occupies one of the executor's threads while it waits for NICEPAY (the HTTP exchange is blocking), so
 * size a platform pool to the client's bulkhead ({@code ResilienceSettings.maxConcurrentCalls}), or, on Java 21+, pass
 * a virtual-thread-per-task executor. The common fork-join pool is refused: blocking calls would starve every other
 * user of it. Cancelling a future does not stop a call already sent. Thread-safe.
 */
public final class AsyncNicepayApi {

    private final NicepayApi api;
    private final Executor executor;

    AsyncNicepayApi(NicepayApi api, Executor executor) {
        this.api = Objects.requireNonNull(api, "api");
        Objects.requireNonNull(executor, "executor");
        if (executor == ForkJoinPool.commonPool()) {
            throw new IllegalArgumentException("the common fork-join pool cannot run snapgate's calls: each one blocks"
                    + " a thread while NICEPAY answers. Pass an executor of your own, e.g."
                    + " Executors.newFixedThreadPool(64) or, on Java 21+, Executors.newVirtualThreadPerTaskExecutor()");
        }
        this.executor = executor;
    }

    /**
     * Runs {@code call} on the executor: {@code async.call(api -> api.virtualAccounts().create(request))} is a
     * {@code CompletableFuture<VirtualAccount>}.
     *
     * @return a future of the call's answer; it fails with the call's {@code SnapException}, or with a
     *     {@link SnapUnavailableException} ({@code BUSY}, nothing sent) when the executor refuses the task
     */
    public <T> CompletableFuture<T> call(Function<NicepayApi, T> call) {
        Objects.requireNonNull(call, "call");
        try {
            return CompletableFuture.supplyAsync(() -> call.apply(api), executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new SnapUnavailableException("the executor refused the call (shut"
                    + " down or saturated); nothing was sent", SnapUnavailableException.Reason.BUSY, null, null, e));
        }
    }

    /** Settles {@code original} asynchronously, never re-sending it (see {@link NicepayApi#settle}). */
    public CompletableFuture<Verdict> settle(SnapRequest original, SettleOptions options) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(options, "options");
        return call(a -> a.settle(original, options));
    }

    /** As {@link #settle(SnapRequest, SettleOptions)} with the default options. */
    public CompletableFuture<Verdict> settle(SnapRequest original) {
        return settle(original, SettleOptions.DEFAULTS);
    }

    @Override
    public String toString() {
        return "AsyncNicepayApi[" + api.merchant() + "]";
    }
}
