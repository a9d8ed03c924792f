package dev.snapgate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One signer shared by many threads gives exactly the single-threaded signatures (no engine state leaks across). */
class ConcurrentSigningTest {

    private static List<StringToSign> inputs(int n) {
        List<StringToSign> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(StringToSign.forTokenRequest(ClientKey.of("M" + i),
                    SnapTimestamp.at(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i))));
        }
        return list;
    }

    private static void assertSameUnderConcurrency(Signer shared, Signer reference, int n) throws Exception {
        List<StringToSign> inputs = inputs(n);
        List<Signature> expected = inputs.stream().map(reference::sign).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < n; i++) {
                        int k = (i + offset * 7) % n;
                        if (!shared.sign(inputs.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rsaSigner_isThreadSafe() throws Exception {
        assertSameUnderConcurrency(Fixtures.rsa2048().signer(), Fixtures.rsa2048().signer(), 40);
    }

    @Test
    void hmacSigner_isThreadSafe() throws Exception {
        assertSameUnderConcurrency(new HmacSha512Signer(Secret.of("s")), new HmacSha512Signer(Secret.of("s")), 2000);
    }
}
