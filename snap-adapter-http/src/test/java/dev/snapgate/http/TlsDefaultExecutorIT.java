package dev.snapgate.http;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over TLS the default JDK client keeps the JDK's own worker pool for its tasks (handshakes, decryption, hand-offs),
 * not {@link InlineExecutor}, which is for plain http only: signed calls from concurrent callers all succeed and the
 * work ran on JDK worker threads. The upstream is WireMock on loopback with a certificate made here by the JDK's
 * keytool for 127.0.0.1, trusted by the client's own SSL context.
 */
class TlsDefaultExecutorIT {

    private static final String PASSWORD = "tls-test-store";
    private static final Pattern JDK_WORKER = Pattern.compile("HttpClient-\\d+-Worker-\\d+");

    @TempDir
    static Path dir;
    static WireMockServer server;
    static SSLContext trusting;

    @BeforeAll
    static void startTlsUpstream() throws Exception {
        Path store = dir.resolve("upstream.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "upstream", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
                store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
        String out = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(keytool.exitValue()).as("keytool: %s", out).isZero();

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("upstream", keys.getCertificate("upstream"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        trusting = SSLContext.getInstance("TLS");
        trusting.init(null, tmf.getTrustManagers(), null);

        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().dynamicHttpsPort()
                .keystorePath(store.toString()).keystoreType("PKCS12").keystorePassword(PASSWORD)
                .keyManagerPassword(PASSWORD));
        server.start();
        server.stubFor(post(urlEqualTo(WireMockFixture.TOKEN_PATH)).willReturn(WireMockFixture.ok()));
        server.stubFor(any(urlEqualTo(SnapService.VA_STATUS.path()))
                .willReturn(WireMockFixture.snap(200, "2002600", "Successful")));
    }

    @AfterAll
    static void stopUpstream() {
        server.stop();
    }

    @Test
    void signedCallsOverTls_fromConcurrentCallers_allSucceed_onTheJdksOwnPool() throws Exception {
        Set<String> workersBefore = threads(JDK_WORKER);
        Set<String> workersDuring;
        int callers = 8;
        int callsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (SnapClient client = SnapClient.builder().baseUrl(URI.create("https://127.0.0.1:" + server.httpsPort()))
                .sslContext(trusting).connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(5))
                .merchant(Merchant.of(WireMockFixture.CLIENT, Fixtures.rsa2048().signer(),
                        new HmacSha512Signer(Secret.of("tls-test-secret"))))
                .validateRequests(false).build()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> codes = new ArrayList<>();
                    for (int i = 0; i < callsEach; i++) {
                        codes.add(client.call(ServiceRequest.of(SnapService.VA_STATUS, WireMockFixture.CLIENT,
                                Map.of("trxId", "TLS-" + i))).responseCode().value());
                    }
                    return codes;
                }));
            }
            start.countDown();
            for (Future<List<String>> r : results) {
                assertThat(r.get(60, TimeUnit.SECONDS)).hasSize(callsEach).containsOnly("2002600");
            }
            workersDuring = threads(JDK_WORKER);
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.findAll(anyRequestedFor(urlEqualTo(SnapService.VA_STATUS.path()))))
                .hasSize(callers * callsEach);
        Set<String> started = new java.util.HashSet<>(workersDuring);
        started.removeAll(workersBefore);
        assertThat(started).as("over TLS the JDK's tasks ran on its own worker threads, not inline").isNotEmpty();
    }

    private static Set<String> threads(Pattern name) {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> name.matcher(n).matches()).collect(Collectors.toSet());
    }
}
