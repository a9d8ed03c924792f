package dev.snapgate.benchmarks;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.HmacSha512Signer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Token acquisition (sign + POST + parse) and a signed 1 KiB service call, end to end on loopback: snapgate's full
 * adapter (Feign, Jackson, Resilience4j) vs the raw JDK HttpClient doing the same signing, against the same server.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class EndToEndBenchmark {

    static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");
    static final String SECRET = "benchmark-client-secret";
    static final String TOKEN_PATH = "/nicepay/v1.0/access-token/b2b";

    LoopbackServer server;
    TokenIssuer snapgateTokens;
    ServiceCaller snapgateCalls;
    Map<String, Object> bodyMap;
    byte[] bodyBytes;
    HttpClient jdk;
    URI base;
    Signature rsa;
    Mac hmac;
    MessageDigest sha256;
    String cachedToken;

    @Setup
    public void setUp() throws IOException, GeneralSecurityException {
        server = new LoopbackServer();
        base = server.baseUrl();
        Clock clock = Clock.systemUTC();
        SnapClient client = SnapClient.builder().baseUrl(base).clock(clock)
                .merchant(Merchant.of(CLIENT, BenchKeys.SNAPGATE_KEY.signer(), new HmacSha512Signer(Secret.of(SECRET))))
                .build();
        snapgateTokens = client::freshToken; // the token call itself, no cache
        TokenIssuer cache = client.tokenIssuer();
        snapgateCalls = client.serviceCaller();
        bodyMap = new LinkedHashMap<>();
        bodyMap.putAll(dev.snapgate.benchmarks.BenchBodies.vaStatus());
        bodyBytes = BenchJson.compact(bodyMap);
        if (bodyBytes.length < 1000 || bodyBytes.length > 1100) {
            throw new IllegalStateException("body should be about 1 KiB, is " + bodyBytes.length);
        }
        jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(BenchKeys.PAIR.getPrivate());
        hmac = Mac.getInstance("HmacSHA512");
        hmac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        sha256 = MessageDigest.getInstance("SHA-256");
        AccessToken token = cache.issue(CLIENT);
        cachedToken = token.value().reveal();
    }

    @TearDown
    public void tearDown() {
        server.close();
    }

    @Benchmark
    public AccessToken tokenAcquisition_snapgate() {
        return snapgateTokens.issue(CLIENT);
    }

    @Benchmark
    public String tokenAcquisition_jdkBaseline() throws Exception {
        String ts = SnapTimestamp.now(Clock.systemUTC()).value();
        rsa.update((CLIENT.value() + "|" + ts).getBytes(StandardCharsets.UTF_8));
        String signature = Base64.getEncoder().encodeToString(rsa.sign());
        HttpRequest request = HttpRequest.newBuilder(base.resolve(TOKEN_PATH)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").header("X-TIMESTAMP", ts)
                .header("X-CLIENT-KEY", CLIENT.value()).header("X-SIGNATURE", signature)
                .POST(HttpRequest.BodyPublishers.ofString("{\"grantType\":\"client_credentials\",\"additionalInfo\":{}}"))
                .build();
        String body = jdk.send(request, HttpResponse.BodyHandlers.ofString()).body();
        int at = body.indexOf("\"accessToken\":\"") + 15;
        return body.substring(at, body.indexOf('"', at));
    }

    @Benchmark
    public Object serviceCall_snapgate() {
        return snapgateCalls.call(ServiceRequest.of(SnapService.VA_STATUS, CLIENT, bodyMap)).responseCode();
    }

    @Benchmark
    public String serviceCall_jdkBaseline() throws Exception {
        HttpRequest request = RawSnap.vaStatus(base, CLIENT.value(), cachedToken, bodyBytes, hmac, sha256,
                Long.toString(System.nanoTime()), Duration.ofSeconds(15));
        String body = jdk.send(request, HttpResponse.BodyHandlers.ofString()).body();
        int at = body.indexOf("\"responseCode\":\"") + 16;
        return body.substring(at, at + 7);
    }
}
