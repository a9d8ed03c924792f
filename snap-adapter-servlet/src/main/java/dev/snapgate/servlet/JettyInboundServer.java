package dev.snapgate.servlet;

import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.inbound.SnapInbound;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A {@link SnapInbound} on its own Jetty 12 server, hardened for the internet a merchant's NICEPAY endpoint faces:
 * the whole body is read without holding a thread before the core is called (so slow bodies cannot take the
 * threads), idle connections are closed after {@link Builder#idleTimeout}, connections are bounded
 * ({@link Builder#maxConnections}), request headers are bounded, and sockets use {@code TCP_NODELAY}. Optionally a
 * second listener serves {@code GET /metrics} (exactly that path) on its own address, never on NICEPAY's. Needs
 * {@code org.eclipse.jetty.ee10:jetty-ee10-servlet} on the class path (an optional dependency of this module).
 */
public final class JettyInboundServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final ServerConnector metricsConnector;

    private JettyInboundServer(Server server, ServerConnector connector, ServerConnector metricsConnector) {
        this.server = server;
        this.connector = connector;
        this.metricsConnector = metricsConnector;
    }

    public static Builder builder(SnapInbound core) {
        return new Builder(core);
    }

    /** {@code http://host:port} of NICEPAY's listener. */
    public URI baseUrl() {
        return url(connector);
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://host:port/metrics}, when a metrics listener was configured. */
    public Optional<URI> metricsUrl() {
        return Optional.ofNullable(metricsConnector).map(c -> URI.create(url(c) + "/metrics"));
    }

    private static URI url(ServerConnector c) {
        String host = c.getHost() == null ? "0.0.0.0" : c.getHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + c.getLocalPort());
    }

    /** Stops listening, letting requests in flight finish for up to a second; then closes what is still open. */
    @Override
    public void close() {
        // stopping waits for requests in flight: a caller stopped by an interrupt still stops the server cleanly
        boolean interrupted = Thread.interrupted();
        try {
            server.stop();
        } catch (Exception e) {
            // e.g. the graceful period ran out with keep-alive connections still open: they are closed all the same
            org.slf4j.LoggerFactory.getLogger(JettyInboundServer.class).debug("inbound server stopped after {}",
                    e.getClass().getSimpleName());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Configures a {@link JettyInboundServer}. Defaults: 127.0.0.1:8090, 10 s idle, 15 s per request, 4,096
     * connections, 64 threads.
     */
    public static final class Builder {
        private final SnapInbound core;
        private InetSocketAddress address = new InetSocketAddress("127.0.0.1", 8090);
        private Duration idleTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(15);
        private int maxConnections = 4096;
        private int maxThreads = 64;
        private InetSocketAddress metricsAddress;
        private Supplier<String> metrics;

        private Builder(SnapInbound core) {
            this.core = Objects.requireNonNull(core, "core");
        }

        /** Where NICEPAY's calls are served (port 0 picks a free one). */
        public Builder bind(InetSocketAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /** A connection with nothing received or sent for this long is closed, mid-request or between requests. */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * The longest a request may take from its headers to its answer (default 15 s); past it the connection is
         * closed. Bounds a client that sends its body a byte at a time, which the idle timeout alone would not.
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Connections open at once; beyond it, new ones wait in the accept queue. */
        public Builder maxConnections(int connections) {
            this.maxConnections = connections;
            return this;
        }

        public Builder maxThreads(int threads) {
            this.maxThreads = threads;
            return this;
        }

        /** Serves {@code GET /metrics} (Prometheus text from {@code text}) on its own listener at {@code address}. */
        public Builder metrics(InetSocketAddress address, Supplier<String> text) {
            this.metricsAddress = Objects.requireNonNull(address, "address");
            this.metrics = Objects.requireNonNull(text, "text");
            return this;
        }

        /** @throws SnapConfigurationException when a setting is out of range or an address cannot be bound */
        public JettyInboundServer start() {
            if (idleTimeout.compareTo(Duration.ofMillis(100)) < 0 || idleTimeout.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new SnapConfigurationException("the inbound server's idle timeout must be between 100 ms and 5"
                        + " minutes");
            }
            if (requestTimeout.compareTo(Duration.ofMillis(100)) < 0) {
                throw new SnapConfigurationException("the inbound server's request timeout must be at least 100 ms");
            }
            if (maxConnections < 16 || maxThreads < 8) {
                throw new SnapConfigurationException("the inbound server needs at least 16 connections and 8 threads");
            }
            QueuedThreadPool threads = new QueuedThreadPool(maxThreads, Math.min(8, maxThreads));
            threads.setName("snapgate-inbound");
            threads.setDaemon(true);
            Server server = new Server(threads);
            server.setStopTimeout(1000);
            ServerConnector connector = connector(server, address, "nicepay");
            server.addConnector(connector);
            server.addBean(new NetworkConnectionLimit(maxConnections, connector));
            ServletContextHandler context = new ServletContextHandler("/");
            context.addServlet(new ServletHolder(new SnapInboundServlet(core)), "/*");
            // the whole body (up to the core's limit) arrives before a thread runs the servlet
            Handler nicepay = new EagerContentHandler(context, new EagerContentHandler.RetainedContentLoaderFactory(
                    core.maxBodyBytes() + 1L, 64, false));
            ServerConnector metricsConnector = null;
            if (metricsAddress != null) {
                metricsConnector = connector(server, metricsAddress, "metrics");
                server.addConnector(metricsConnector);
            }
            server.setHandler(new ByConnector(nicepay, metricsConnector, metrics, requestTimeout));
            try {
                server.start();
            } catch (Exception e) {
                try {
                    server.stop();
                } catch (Exception ignored) {
                    // nothing was listening
                }
                throw new SnapConfigurationException("cannot listen on " + address.getHostString() + ":"
                        + address.getPort() + (metricsAddress != null ? " and " + metricsAddress.getHostString() + ":"
                        + metricsAddress.getPort() : "") + " (" + e.getMessage() + "); is the port in use? choose"
                        + " another", e);
            }
            return new JettyInboundServer(server, connector, metricsConnector);
        }

        private ServerConnector connector(Server server, InetSocketAddress at, String name) {
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendDateHeader(false);
            http.setRequestHeaderSize(8 * 1024);
            ServerConnector c = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
            c.setName(name);
            c.setHost(at.getHostString());
            c.setPort(at.getPort());
            c.setIdleTimeout(idleTimeout.toMillis());
            c.setAcceptedTcpNoDelay(true);
            c.setAcceptQueueSize(128);
            return c;
        }
    }

    /** NICEPAY's calls on one listener, exactly {@code GET /metrics} on the other. */
    private static final class ByConnector extends Handler.Wrapper {
        private final ServerConnector metricsConnector;
        private final Supplier<String> metrics;
        private final Duration requestTimeout;

        ByConnector(Handler nicepay, ServerConnector metricsConnector, Supplier<String> metrics,
                Duration requestTimeout) {
            super(nicepay);
            this.requestTimeout = requestTimeout;
            this.metricsConnector = metricsConnector;
            this.metrics = metrics;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (metricsConnector == null || request.getConnectionMetaData().getConnector() != metricsConnector) {
                // Jetty 12 reports an idle timeout during a body read as transient; here it ends the request. And a
                // request that is not answered within the request timeout (a body dribbled in byte by byte) has its
                // connection closed: neither a thread nor a connection is held by a client that does not finish
                request.addIdleTimeoutListener(timeout -> true);
                org.eclipse.jetty.util.thread.Scheduler.Task deadline = getServer().getScheduler().schedule(() ->
                        request.getConnectionMetaData().getConnection().getEndPoint().close(),
                        requestTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                return super.handle(request, response, new Callback() {
                    @Override
                    public void succeeded() {
                        deadline.cancel();
                        callback.succeeded();
                    }

                    @Override
                    public void failed(Throwable x) {
                        deadline.cancel();
                        callback.failed(x);
                    }

                    @Override
                    public InvocationType getInvocationType() {
                        return callback.getInvocationType();
                    }
                });
            }
            String path = Request.getPathInContext(request);
            if (!path.equals("/metrics")) {
                Response.writeError(request, response, callback, 404);
                return true;
            }
            if (!request.getMethod().equals("GET")) {
                Response.writeError(request, response, callback, 405);
                return true;
            }
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
            response.write(true, ByteBuffer.wrap(metrics.get().getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }
}
