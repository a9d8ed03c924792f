package dev.snapgate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.token.TokenCacheSettings;
import dev.snapgate.signing.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the settings builders and of SnapClient.builder(): refused at build time, in the API's words. */
class SettingsBuildersTest {

    private static final URI BASE = URI.create("https://dev.nicepay.co.id");

    static Stream<Arguments> resilienceRules() {
        return Stream.<Object[]>of(
                new Object[] {"maxAttempts 0", (UnaryOperator<ResilienceSettings.Builder>) b -> b.maxAttempts(0), "maxAttempts must be 1-10, got 0"},
                new Object[] {"maxAttempts 11", (UnaryOperator<ResilienceSettings.Builder>) b -> b.maxAttempts(11), "maxAttempts must be 1-10, got 11"},
                new Object[] {"initialBackoff zero", (UnaryOperator<ResilienceSettings.Builder>) b -> b.initialBackoff(Duration.ZERO), "initialBackoff must be positive"},
                new Object[] {"initialBackoff null", (UnaryOperator<ResilienceSettings.Builder>) b -> b.initialBackoff(null), "initialBackoff must be set"},
                new Object[] {"multiplier below 1", (UnaryOperator<ResilienceSettings.Builder>) b -> b.backoffMultiplier(0.5), "backoffMultiplier must be >= 1.0, got 0.5"},
                new Object[] {"jitter 1", (UnaryOperator<ResilienceSettings.Builder>) b -> b.jitter(1.0), "jitter must be in [0, 1), got 1.0"},
                new Object[] {"maxBackoff below initial", (UnaryOperator<ResilienceSettings.Builder>) b -> b.maxBackoff(Duration.ofMillis(1)), "maxBackoff must be >= initialBackoff"},
                new Object[] {"maxTotalTime zero", (UnaryOperator<ResilienceSettings.Builder>) b -> b.maxTotalTime(Duration.ZERO), "maxTotalTime must be positive"},
                new Object[] {"maxRetryAfter negative", (UnaryOperator<ResilienceSettings.Builder>) b -> b.maxRetryAfter(Duration.ofSeconds(-1)), "maxRetryAfter must not be negative"},
                new Object[] {"failure rate 0", (UnaryOperator<ResilienceSettings.Builder>) b -> b.failureRateThreshold(0f), "failureRateThreshold must be in (0, 100], got 0.0"},
                new Object[] {"failure rate 101", (UnaryOperator<ResilienceSettings.Builder>) b -> b.failureRateThreshold(101f), "failureRateThreshold must be in (0, 100], got 101.0"},
                new Object[] {"window 1", (UnaryOperator<ResilienceSettings.Builder>) b -> b.slidingWindowSize(1), "slidingWindowSize must be >= 2, got 1"},
                new Object[] {"minimum calls 0", (UnaryOperator<ResilienceSettings.Builder>) b -> b.minimumCalls(0), "minimumCalls must be >= 1, got 0"},
                new Object[] {"open duration zero", (UnaryOperator<ResilienceSettings.Builder>) b -> b.openDuration(Duration.ZERO), "openDuration must be positive"},
                new Object[] {"half-open calls 0", (UnaryOperator<ResilienceSettings.Builder>) b -> b.halfOpenCalls(0), "halfOpenCalls must be >= 1, got 0"})
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resilienceRules")
    void resilienceSettings_refuseEachBrokenRule(String name, UnaryOperator<ResilienceSettings.Builder> change,
            String message) {
        assertThatThrownBy(() -> change.apply(ResilienceSettings.builder()).build())
                .isInstanceOf(SnapConfigurationException.class)
                .hasMessageStartingWith("ResilienceSettings: ")
                .hasMessageContaining(message)
                .hasMessageNotContaining("--");
    }

    @Test
    void resilienceSettings_builderRoundTripsAndDefaultsAreTheDocumentedOnes() {
        ResilienceSettings custom = ResilienceSettings.builder().maxAttempts(5).openDuration(Duration.ofSeconds(9))
                .build();

        assertThat(custom.maxAttempts()).isEqualTo(5);
        assertThat(custom.openDuration()).isEqualTo(Duration.ofSeconds(9));
        assertThat(custom.toBuilder().build()).isEqualTo(custom);
        assertThat(ResilienceSettings.builder().build()).isEqualTo(ResilienceSettings.DEFAULTS);
        assertThat(ResilienceSettings.DEFAULTS.slidingWindowSize()).isEqualTo(50);
        assertThat(ResilienceSettings.DEFAULTS.minimumCalls()).isEqualTo(20);
    }

    static Stream<Arguments> httpRules() {
        return Stream.<Object[]>of(
                new Object[] {"no base URL", HttpSettings.builder(null), "baseUrl must be set"},
                new Object[] {"ftp scheme", HttpSettings.builder(URI.create("ftp://dev.nicepay.co.id")), "base URL must be http(s)://host[:port]"},
                new Object[] {"a path", HttpSettings.builder(URI.create("https://dev.nicepay.co.id/nicepay")), "no path, query, fragment or user info"},
                new Object[] {"user info", HttpSettings.builder(URI.create("https://u:p@dev.nicepay.co.id")), "no path, query, fragment or user info"},
                new Object[] {"zero connect timeout", HttpSettings.builder(BASE).connectTimeout(Duration.ZERO), "connect timeout must be positive"},
                new Object[] {"negative read timeout", HttpSettings.builder(BASE).readTimeout(Duration.ofSeconds(-1)), "read timeout must be positive"},
                new Object[] {"null read timeout", HttpSettings.builder(BASE).readTimeout(null), "connectTimeout and readTimeout must be set"},
                new Object[] {"tiny body cap", HttpSettings.builder(BASE).maxResponseBytes(100), "max response size must be at least 1024 bytes, got 100"})
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("httpRules")
    void httpSettings_refuseEachBrokenRule(String name, HttpSettings.Builder builder, String message) {
        assertThatThrownBy(builder::build).isInstanceOf(SnapConfigurationException.class).hasMessageContaining(message)
                .hasMessageNotContaining("--");
    }

    @Test
    void httpSettings_defaultsAndATrailingSlash() {
        HttpSettings s = HttpSettings.builder(URI.create("https://dev.nicepay.co.id/")).build();

        assertThat(s.baseUrl()).isEqualTo(BASE);
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(s.maxResponseBytes()).isEqualTo(64 * 1024);
    }

    @Test
    void tokenCacheSettings_refuseANegativeMarginAndANonPositiveWait() {
        assertThatThrownBy(() -> TokenCacheSettings.DEFAULTS.withRefreshMargin(Duration.ofSeconds(-1)))
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("refreshMargin must not be negative");
        assertThatThrownBy(() -> TokenCacheSettings.DEFAULTS.withMaxWait(Duration.ZERO))
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("maxWait must be positive");
        assertThat(TokenCacheSettings.DEFAULTS.withMaxWait(Duration.ofSeconds(5)).maxWait())
                .isEqualTo(Duration.ofSeconds(5));
    }

    private static Merchant merchant(String key) {
        return Merchant.tokenOnly(ClientKey.of(key), Fixtures.rsa2048().signer());
    }

    @Test
    void snapClient_refusesAMissingBaseUrl_noMerchant_andADuplicateMerchant() {
        assertThatThrownBy(() -> SnapClient.builder().merchant(merchant("M")).build())
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("no base URL")
                .hasMessageContaining("sandbox()");
        assertThatThrownBy(() -> SnapClient.builder().sandbox().build())
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("no merchant");
        assertThatThrownBy(() -> SnapClient.builder().sandbox().merchant(merchant("M")).merchant(merchant("M")).build())
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("added twice");
    }

    @Test
    void snapClient_refusesAClientThatFollowsRedirects_andAClientWithProxyOrSsl() throws Exception {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        assertThatThrownBy(() -> SnapClient.builder().sandbox().merchant(merchant("M")).httpClient(following).build())
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("follows redirects");
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertThatThrownBy(() -> SnapClient.builder().sandbox().merchant(merchant("M")).httpClient(plain)
                .sslContext(javax.net.ssl.SSLContext.getDefault()).build())
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("would be ignored");
    }

    @Test
    void snapClient_namedUpstreamsAndAClosedClient() {
        SnapClient production = SnapClient.builder().production().merchant(merchant("M")).build();
        assertThat(production.baseUrl()).isEqualTo(URI.create("https://www.nicepay.co.id"));
        assertThat(production.clientKeys()).containsExactly(ClientKey.of("M"));
        assertThat(production.toString()).contains("www.nicepay.co.id");

        production.close();

        assertThatThrownBy(() -> production.accessToken(ClientKey.of("M")))
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("closed");
    }
}
