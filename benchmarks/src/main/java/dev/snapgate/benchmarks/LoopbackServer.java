package dev.snapgate.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one loopback endpoint both sides of the end-to-end benchmarks talk to: a minimal JDK HttpServer answering
 * canned SNAP responses, so the measured difference is the client's (the emulator's WireMock and signature checks
 * would dilute it).
 */
final class LoopbackServer implements AutoCloseable {

    static final byte[] TOKEN = ("{\"responseCode\":\"2007300\",\"responseMessage\":\"Successful\",\"accessToken\":\""
            + "eyJhbGciOiJIUzI1NiJ9." + "a".repeat(200) + "\",\"tokenType\":\"Bearer\",\"expiresIn\":\"900\"}")
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] STATUS = ("{\"responseCode\":\"2002600\",\"responseMessage\":\"Successful\","
            + "\"virtualAccountData\":{\"paymentFlagReason\":{\"english\":\"Success\"},\"trxId\":\"ORD-1\"}}")
            .getBytes(StandardCharsets.UTF_8);

    static {
        // the JDK server writes headers and body separately; without TCP_NODELAY every exchange waits ~40 ms for a
        // delayed ACK (Nagle), which would measure the kernel, not the clients
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.createContext("/nicepay/v1.0/access-token/b2b", e -> answer(e, TOKEN));
        server.createContext("/nicepay/api/v1.0/transfer-va/status", e -> answer(e, STATUS));
        server.setExecutor(executor);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
