package dev.snapgate.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.snapgate.domain.error.SnapConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's web console: every request and why it was refused, the ledger with buttons that pay and fail
 * transactions, and every notification delivery; the same data as JSON under {@code /console/api/}. Served from the
 * jar (no CDN), on loopback unless told otherwise. A state-changing request needs this run's console token (sent by
 * the page, never by another site: no CORS headers are sent and the {@code Host} header must name this console), and
 * the page writes everything as text, so a request body holding {@code <script>} shows as text. Never shows a
 * secret, a private key or a whole token.
 */
public final class WebConsole implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebConsole.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOURCES = "/dev/snapgate/emulator/console/";

    private final HttpServer server;
    private final ExecutorService threads;
    private final SnapEmulator emulator;
    private final String token;

    private WebConsole(HttpServer server, ExecutorService threads, SnapEmulator emulator, String token) {
        this.server = server;
        this.threads = threads;
        this.emulator = emulator;
        this.token = token;
    }

    /** Starts the console for {@code emulator} on a loopback address ({@code 127.0.0.1:0} picks a free port). */
    public static WebConsole start(SnapEmulator emulator, InetSocketAddress address) {
        return start(emulator, address, false);
    }

    /**
     * @param allowNonLoopback serve on a non-loopback address too (anyone who reaches it can pay and fail
     *     transactions of this emulator): logged as a warning
     * @throws SnapConfigurationException for a non-loopback address without {@code allowNonLoopback}, or a port in use
     */
    public static WebConsole start(SnapEmulator emulator, InetSocketAddress address, boolean allowNonLoopback) {
        Objects.requireNonNull(emulator, "emulator");
        Objects.requireNonNull(address, "address");
        if (address.getAddress() == null || !address.getAddress().isLoopbackAddress()) {
            if (!allowNonLoopback) {
                throw new SnapConfigurationException("the emulator console serves loopback only; "
                        + address.getHostString() + " is not a loopback address (use 127.0.0.1, or allow it"
                        + " explicitly)");
            }
            LOG.warn("the emulator console listens on {}: whoever reaches it can pay and fail this emulator's"
                    + " transactions", address.getHostString());
        }
        HttpServer server;
        try {
            server = HttpServer.create(address, 16);
        } catch (IOException e) {
            throw new SnapConfigurationException("the emulator console could not listen on "
                    + address.getHostString() + ":" + address.getPort() + " (" + e.getMessage() + "); choose"
                    + " another port", e);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "snapgate-emulator-console");
            t.setDaemon(true);
            return t;
        });
        WebConsole console = new WebConsole(server, threads, emulator,
                Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        server.setExecutor(threads);
        server.createContext("/", console::handle);
        server.start();
        return console;
    }

    /** {@code http://127.0.0.1:port/}: open it in a browser. */
    public URI url() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ routing

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!hostIsThisConsole(exchange.getRequestHeaders().getFirst("Host"))) {
                send(exchange, 421, "text/plain", "this console answers only to its own address".getBytes(
                        StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET")) {
                switch (path) {
                    case "/", "/index.html" -> send(exchange, 200, "text/html; charset=utf-8", page());
                    case "/console/console.js" -> send(exchange, 200, "text/javascript; charset=utf-8",
                            resource("console.js"));
                    case "/console/console.css" -> send(exchange, 200, "text/css; charset=utf-8",
                            resource("console.css"));
                    case "/console/api/state" -> json(exchange, 200, state());
                    case "/console/api/requests" -> json(exchange, 200, requests());
                    case "/console/api/ledger" -> json(exchange, 200, emulator.ledgerSnapshot());
                    case "/console/api/notifications" -> json(exchange, 200, emulator.deliveries());
                    default -> json(exchange, 404, Map.of("error", "no such page"));
                }
                return;
            }
            if (method.equals("POST") && path.equals("/console/api/actions")) {
                action(exchange);
                return;
            }
            json(exchange, 405, Map.of("error", "GET the pages and data; POST /console/api/actions"));
        } catch (RuntimeException e) {
            LOG.warn("emulator console: {} failed ({})", exchange.getRequestURI().getPath(),
                    e.getClass().getSimpleName());
        }
    }

    /** DNS rebinding: a page on another name that resolves to 127.0.0.1 must not drive this console. */
    private boolean hostIsThisConsole(String host) {
        if (host == null) {
            return false;
        }
        int port = server.getAddress().getPort();
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port) || h.equals("[::1]:" + port)
                || h.equals(server.getAddress().getAddress().getHostAddress() + ":" + port);
    }

    private void action(HttpExchange exchange) throws IOException {
        String given = exchange.getRequestHeaders().getFirst("X-Console-Token");
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            json(exchange, 403, Map.of("error", "a state-changing request needs this console's token (reload the"
                    + " page)"));
            return;
        }
        Map<?, ?> body;
        try (InputStream in = exchange.getRequestBody()) {
            body = JSON.readValue(in.readNBytes(8 * 1024), Map.class);
        } catch (IOException e) {
            json(exchange, 400, Map.of("error", "send {\"action\": ..., \"reference\": ...} as JSON"));
            return;
        }
        String action = String.valueOf(body.get("action"));
        String reference = body.get("reference") == null ? "" : String.valueOf(body.get("reference"));
        try {
            String done = switch (action) {
                case "pay-va" -> started(emulator.payVirtualAccount(reference), "VA " + reference + " paid");
                case "pay-qris" -> started(emulator.payQris(reference), "QRIS order " + reference + " paid");
                case "settle-ewallet" -> started(emulator.settleEwallet(reference), "e-wallet payment " + reference
                        + " settled");
                case "fail-ewallet" -> started(emulator.failEwallet(reference), "e-wallet payment " + reference
                        + " failed (06)");
                case "complete-payout" -> {
                    emulator.completePayout(reference);
                    yield "payout " + reference + " completes on approval (00)";
                }
                case "fail-payout" -> {
                    emulator.failPayout(reference);
                    yield "payout " + reference + " fails (09)";
                }
                case "suspect-payout" -> {
                    emulator.holdPayoutAsSuspect(reference);
                    yield "payout " + reference + " is held as suspect (08)";
                }
                case "resend" -> started(emulator.resend(Long.parseLong(reference)), "notification " + reference
                        + " sent again");
                default -> throw new IllegalArgumentException("unknown action; use pay-va, pay-qris,"
                        + " settle-ewallet, fail-ewallet, complete-payout, fail-payout, suspect-payout or resend");
            };
            json(exchange, 200, Map.of("result", done));
        } catch (IllegalStateException | IllegalArgumentException e) {
            json(exchange, 409, Map.of("error", e.getMessage()));
        }
    }

    private static String started(java.util.concurrent.CompletableFuture<NotificationDelivery> delivery,
            String what) {
        return what + (delivery.isDone() && !delivery.isCompletedExceptionally()
                && delivery.join().url().isEmpty() ? " (no dbProcessUrl: no notification)" : "; notifying");
    }

    // ------------------------------------------------------------------ data

    private Map<String, Object> state() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("requests", requests());
        all.put("ledger", emulator.ledgerSnapshot());
        all.put("notifications", emulator.deliveries());
        return all;
    }

    private List<Map<String, Object>> requests() {
        return emulator.inspections().all().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("at", i.at().toString());
            m.put("clientKey", i.clientKey() == null ? "" : i.clientKey());
            m.put("service", i.service());
            m.put("method", i.method());
            m.put("path", i.path());
            m.put("status", i.status());
            m.put("responseCode", i.responseCode());
            m.put("responseMessage", i.responseMessage());
            m.put("details", i.details());
            m.put("body", i.body());
            return m;
        }).toList();
    }

    private byte[] page() {
        String html = new String(resource("index.html"), StandardCharsets.UTF_8);
        return html.replace("{{CONSOLE_TOKEN}}", token).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebConsole.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the console's " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the console's " + name + " cannot be read", e);
        }
    }

    private static void json(HttpExchange exchange, int status, Object value) throws IOException {
        send(exchange, status, "application/json", JSON.writeValueAsBytes(value));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'"
                + " data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public String toString() {
        return "WebConsole[" + url() + "]";
    }
}
