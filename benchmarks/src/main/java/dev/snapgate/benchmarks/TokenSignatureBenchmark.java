package dev.snapgate.benchmarks;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/** Token signature (SHA256withRSA over clientKey|timestamp, RSA-2048): snapgate vs a pre-initialised JDK Signature. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenSignatureBenchmark {

    static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");
    static final SnapTimestamp TS = SnapTimestamp.parse("2024-12-31T10:11:40+07:00");

    @State(Scope.Benchmark)
    public static class Snapgate {
        Signer signer;

        @Setup
        public void setUp() {
            signer = BenchKeys.SNAPGATE_KEY.signer();
        }
    }

    @State(Scope.Thread)
    public static class Jdk {
        Signature engine;

        @Setup
        public void setUp() throws GeneralSecurityException {
            engine = Signature.getInstance("SHA256withRSA");
            engine.initSign(BenchKeys.PAIR.getPrivate());
        }
    }

    private static String snapgate(Snapgate s) {
        return s.signer.sign(StringToSign.forTokenRequest(CLIENT, TS)).value();
    }

    private static String jdk(Jdk j) throws GeneralSecurityException {
        j.engine.update((CLIENT.value() + "|" + TS.value()).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(j.engine.sign());
    }

    @Benchmark
    @Threads(1)
    public String snapgate_1thread(Snapgate s) {
        return snapgate(s);
    }

    @Benchmark
    @Threads(1)
    public String jdkBaseline_1thread(Jdk j) throws GeneralSecurityException {
        return jdk(j);
    }

    @Benchmark
    @Threads(2)
    public String snapgate_2threads(Snapgate s) {
        return snapgate(s);
    }

    @Benchmark
    @Threads(2)
    public String jdkBaseline_2threads(Jdk j) throws GeneralSecurityException {
        return jdk(j);
    }
}
