package dev.snapgate.inbound.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.snapgate.domain.SnapConfigurationException;
import dev.snapgate.inbound.InboundRequest;
import dev.snapgate.inbound.InboundResponse;
import dev.snapgate.inbound.SnapInbound;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Serves a {@link SnapInbound} on the JDK's {@code HttpServer}: every path goes to the core, which answers NICEPAY's
 * token, inquiry, payment and notification calls (and 404 for anything else). Bodies are read up to the core's limit
 * plus one byte, never more. Extra handlers (such as a metrics page) can be added with {@link #addContext}.
 * Binds where it is told; {@link #close()} stops it, letting requests in flight finish for up to a second.
 */
public final class JdkInboundServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers;

    private JdkInboundServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /**
     * Starts serving {@code core} at {@code address} (port 0 picks a free one).
     *
     * @throws SnapConfigurationException when the address cannot be bound
     */
    public static JdkInboundServer start(SnapInbound core, InetSocketAddress address) {
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(address, "address");
        HttpServer server;
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new SnapConfigurationException("cannot listen on " + address.getHostString() + ":"
                    + address.getPort() + " (" + e.getMessage() + "); is the port in use? choose another", e);
        }
        ExecutorService workers = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "snapgate-inbound");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", exchange -> serve(core, exchange));
        server.start();
        return new JdkInboundServer(server, workers);
    }

    /** Adds a handler for a path prefix (e.g. {@code /metrics}); longer prefixes win over the core's {@code /}. */
    public void addContext(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, handler);
    }

    /** {@code http://host:port} of this server. */
    public URI baseUrl() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void serve(SnapInbound core, HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(core.maxBodyBytes() + 1);
            }
            InboundRequest request = InboundRequest.of(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestHeaders(), body);
            InboundResponse response = core.handle(request);
            for (Map.Entry<String, String> h : response.headers().entrySet()) {
                exchange.getResponseHeaders().set(h.getKey(), h.getValue());
            }
            byte[] bytes = response.body();
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
