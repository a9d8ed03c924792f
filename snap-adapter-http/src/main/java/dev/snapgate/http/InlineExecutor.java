package dev.snapgate.http;

import java.net.URI;
import java.util.concurrent.Executor;

/**
 * The JDK HTTP client's executor when the platform gives none and the upstream is plain {@code http} (a local
 * emulator, or an egress proxy or sidecar that originates TLS): the JDK's small tasks (parsing a response's headers,
 * handing body bytes on, completing the exchange) run on the thread that triggers them, usually the client's selector
 * thread, instead of being handed to a worker that then wakes the caller. snapgate adds no task of its own there that
 * could wait (it sends synchronously; its body subscriber only copies bytes). Measured at 32 callers: 5.0 → 1.0
 * voluntary thread switches, 1.30× the throughput and 0.6× the CPU per call of a pool, and no worker pool.
 *
 * <p>Not for {@code https} ({@link #suits}): there the JDK also runs every TLS handshake's key exchange and certificate
 * checks and every decryption as executor tasks. Inline, 64 simultaneous first calls waited for one thread to do 64
 * handshakes in turn (slowest call 360-740 ms against 110-400 ms on the JDK's pool, 2 cores), while in steady state
 * the two were even (0.95-1.03×); so on https the JDK keeps its own pool, whose size follows the exchanges in flight
 * (which the bulkhead bounds). docs/PERFORMANCE.md, "Fifth round".
 */
enum InlineExecutor implements Executor {
    INSTANCE;

    /** Whether snapgate runs the JDK client's tasks inline for this upstream: plain {@code http} only. */
    static boolean suits(URI baseUrl) {
        return "http".equalsIgnoreCase(baseUrl.getScheme());
    }

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    @Override
    public String toString() {
        return "snapgate inline executor (the JDK client's tasks run on its selector thread)";
    }
}
