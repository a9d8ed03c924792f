package dev.snapgate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.Merchant;
import dev.snapgate.signing.Fixtures;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The platform chooses the executor the JDK HTTP client works on, instead of the JDK's unbounded cached pool. */
class HttpExecutorIT extends WireMockFixture {

    @Test
    void theGivenExecutor_runsTheHttpClientsWork_andStaysThePlatformsToShutDown() throws Exception {
        stubTokenSequence(ok());
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Executor counting = task -> {
                tasks.incrementAndGet();
                pool.execute(task);
            };
            try (SnapClient client = SnapClient.builder().baseUrl(baseUrl()).httpExecutor(counting)
                    .merchant(Merchant.tokenOnly(CLIENT, Fixtures.rsa2048().signer())).build()) {
                assertThat(client.accessToken(CLIENT).value().reveal()).isEqualTo(CANARY_TOKEN);
            }
            assertThat(tasks.get()).isPositive();
            assertThat(pool.isShutdown()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReadyHttpClient_withAnExecutorToo_isRefused() {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertThatThrownBy(() -> SnapClient.builder().baseUrl(baseUrl()).httpClient(plain)
                .httpExecutor(Runnable::run).merchant(Merchant.tokenOnly(CLIENT, Fixtures.rsa2048().signer()))
                .build())
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("httpExecutor(...)");
    }
}
