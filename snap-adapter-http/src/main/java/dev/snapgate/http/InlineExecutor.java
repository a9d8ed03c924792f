package dev.snapgate.http;

import java.util.concurrent.Executor;

/**
 * The JDK HTTP client's executor when the platform gives none: its small tasks (parsing a response's headers,
 * handing body buffers to the {@code InputStream} the caller reads, completing the exchange) run on the thread that
 * triggers them, usually the client's selector thread, instead of being handed to a pool thread that then wakes the
 * caller. The JDK client only submits short, non-blocking tasks there, and snapgate adds none of its own (it sends
 * synchronously, and its body subscriber only copies bytes), so nothing waits on that thread. Measured at 32 callers:
 * on plain HTTP 5.0 → 1.0 voluntary thread switches and about half the JDK client's CPU per call; over TLS, where the
 * JDK hands off less and this thread also decrypts, about even with a pool; and no worker pool at all.
 * A platform that makes many TLS handshakes at once, or calls at rates one thread cannot parse, gives
 * {@link SnapClient.Builder#httpExecutor} a small pool instead.
 */
enum InlineExecutor implements Executor {
    INSTANCE;

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    @Override
    public String toString() {
        return "snapgate inline executor (the JDK client's tasks run on its selector thread)";
    }
}
