package dev.snapgate.benchmarks;

import dev.snapgate.domain.Secret;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.signing.HmacSha512Signer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
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

/** Service-call signature over a 1 KiB JSON body (SHA-256 hex + HMAC-SHA512 + Base64): snapgate vs raw JDK. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class ServiceSignatureBenchmark {

    static final String PATH = "/api/v1.0/transfer-va/create-va";
    static final String TOKEN_TEXT = "eyJhbGciOiJIUzI1NiJ9." + "x".repeat(300);
    static final String SECRET_TEXT = "33F49GnCMS1mFYlGXisbUDzVf2ATWCl9k3R++d5hDd3Frmuos/XLx8XhXpe+LDYAbpGKZYSwtlyyL";
    static final SnapTimestamp TS = SnapTimestamp.parse("2024-12-31T10:11:40+07:00");

    byte[] body;
    Secret token;
    HmacSha512Signer signer;
    MessageDigest sha256;
    Mac mac;

    @Setup
    public void setUp() throws GeneralSecurityException {
        StringBuilder json = new StringBuilder("{\"partnerServiceId\":\"  1234\",\"items\":[");
        while (json.length() < 1000) {
            json.append("{\"name\":\"Budi Santoso\",\"amount\":\"10000.00\"},");
        }
        json.setLength(json.length() - 1);
        json.append("]}");
        body = json.substring(0, json.length()).getBytes(StandardCharsets.UTF_8);
        token = Secret.of(TOKEN_TEXT);
        signer = new HmacSha512Signer(Secret.of(SECRET_TEXT));
        sha256 = MessageDigest.getInstance("SHA-256");
        mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(SECRET_TEXT.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
    }

    @Benchmark
    public String snapgate() {
        return signer.sign(StringToSign.forServiceCall("POST", PATH, token, body, TS)).value();
    }

    @Benchmark
    public String jdkBaseline() {
        String hash = HexFormat.of().formatHex(sha256.digest(body));
        String sts = "POST:" + PATH + ":" + TOKEN_TEXT + ":" + hash + ":" + TS.value();
        return Base64.getEncoder().encodeToString(mac.doFinal(sts.getBytes(StandardCharsets.UTF_8)));
    }
}
