package dev.snapgate.benchmarks.hotpath;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The NICEPAY stand-in for the hot-path harness, in its own JVM (run with {@code -Dsun.net.httpserver.nodelay=true}):
 * verifies the token request's RSA signature and each service call's HMAC like a real server, then answers.
 * Arguments: Base64 SPKI public key, client secret. Prints {@code PORT n} when listening.
 */
public final class SigningStub {

    static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9." + "a".repeat(200);
    private static final byte[] TOKEN_ANSWER = ("{\"responseCode\":\"2007300\",\"responseMessage\":\"Successful\","
            + "\"accessToken\":\"" + TOKEN + "\",\"tokenType\":\"Bearer\",\"expiresIn\":\"900\"}")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] STATUS_ANSWER = ("{\"responseCode\":\"2002600\",\"responseMessage\":\"Successful\","
            + "\"virtualAccountData\":{\"paymentFlagReason\":{\"english\":\"Success\"},\"trxId\":\"ORD-1\"}}")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] REFUSED = "{\"responseCode\":\"4017300\",\"responseMessage\":\"Unauthorized\"}"
            .getBytes(StandardCharsets.UTF_8);

    private SigningStub() {
    }

    /** Starts a stub in its own JVM (Nagle off) that verifies with {@code pair}'s public key and {@code secret}. */
    static Process start(java.security.KeyPair pair, String secret) throws IOException {
        return start(pair, secret, null);
    }

    /** The same, serving TLS with the key in {@code tlsStore} (see {@link LoopbackTls}) unless it is null. */
    static Process start(java.security.KeyPair pair, String secret, java.nio.file.Path tlsStore) throws IOException {
        return new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsun.net.httpserver.nodelay=true", "-Dstub.tls=" + (tlsStore == null ? "" : tlsStore), "-cp",
                System.getProperty("java.class.path"), SigningStub.class.getName(),
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), secret)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The base URL a started stub listens on (its first line of output: {@code PORT n} or {@code TLS-PORT n}). */
    static java.net.URI baseUrl(Process stub) throws IOException {
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(stub.getInputStream(),
                StandardCharsets.UTF_8)).readLine();
        return line.startsWith("TLS-PORT ")
                ? java.net.URI.create("https://127.0.0.1:" + line.substring("TLS-PORT ".length()))
                : java.net.URI.create("http://127.0.0.1:" + line.substring("PORT ".length()));
    }

    /** Ends a started stub: it stops when its standard input closes. */
    static void stop(Process stub) throws IOException, InterruptedException {
        stub.getOutputStream().close();
        stub.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        stub.destroyForcibly();
    }

    public static void main(String[] args) throws Exception {
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(args[0])));
        byte[] secret = args[1].getBytes(StandardCharsets.UTF_8);
        String tls = System.getProperty("stub.tls", "");
        HttpServer server;
        if (tls.isEmpty()) {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        } else {
            com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(
                    LoopbackTls.server(java.nio.file.Path.of(tls))));
            server = https;
        }
        server.createContext("/nicepay/v1.0/access-token/b2b", e -> {
            byte[] body = read(e);
            boolean ok;
            try {
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initVerify(publicKey);
                rsa.update((e.getRequestHeaders().getFirst("X-CLIENT-KEY") + "|"
                        + e.getRequestHeaders().getFirst("X-TIMESTAMP")).getBytes(StandardCharsets.UTF_8));
                ok = body.length > 0 && rsa.verify(Base64.getDecoder().decode(
                        e.getRequestHeaders().getFirst("X-SIGNATURE")));
            } catch (GeneralSecurityException | RuntimeException ex) {
                ok = false;
            }
            answer(e, ok ? 200 : 401, ok ? TOKEN_ANSWER : REFUSED);
        });
        server.createContext("/nicepay/api/v1.0/transfer-va/status", e -> {
            byte[] body = read(e);
            boolean ok;
            try {
                String auth = e.getRequestHeaders().getFirst("Authorization");
                String token = auth == null ? "" : auth.substring("Bearer ".length());
                String sts = "POST:/api/v1.0/transfer-va/status:" + token + ":"
                        + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)) + ":"
                        + e.getRequestHeaders().getFirst("X-TIMESTAMP");
                Mac mac = Mac.getInstance("HmacSHA512");
                mac.init(new SecretKeySpec(secret, "HmacSHA512"));
                byte[] expected = mac.doFinal(sts.getBytes(StandardCharsets.UTF_8));
                ok = token.equals(TOKEN) && MessageDigest.isEqual(expected, Base64.getDecoder().decode(
                        e.getRequestHeaders().getFirst("X-SIGNATURE")));
            } catch (GeneralSecurityException | RuntimeException ex) {
                ok = false;
            }
            answer(e, ok ? 200 : 401, ok ? STATUS_ANSWER : REFUSED);
        });
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
        System.out.println((tls.isEmpty() ? "PORT " : "TLS-PORT ") + server.getAddress().getPort());
        System.out.flush();
        System.in.read(); // ends when the harness closes our standard input
        server.stop(0);
        System.exit(0);
    }

    private static byte[] read(HttpExchange e) throws IOException {
        try (InputStream in = e.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    private static void answer(HttpExchange e, int status, byte[] body) throws IOException {
        e.getResponseHeaders().add("Content-Type", "application/json");
        e.sendResponseHeaders(status, body.length);
        e.getResponseBody().write(body);
        e.close();
    }
}
