package dev.snapgate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.api.VirtualAccounts;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.Fixtures;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The auto-configuration in Boot's own test runner, against the emulator: the beans it makes, that each backs off
 * for the platform's own, Micrometer attached when a registry is there, and every bad setting failing startup with a
 * report that names the property and never the secret.
 */
class SnapgateAutoConfigurationTest {

    private static final String SECRET = "spring-client-secret-canary";

    private SnapEmulator emulator;
    private ApplicationContextRunner runner;

    @BeforeEach
    void start() {
        emulator = SnapEmulator.builder().client(ClientKey.of("IONPAYTEST"), Fixtures.rsa2048Public(),
                Secret.of(SECRET)).start();
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SnapgateAutoConfiguration.class))
                .withPropertyValues("snapgate.environment=custom", "snapgate.base-url=" + emulator.baseUrl(),
                        "snapgate.merchants[0].client-key=IONPAYTEST",
                        "snapgate.merchants[0].private-key=file:" + Fixtures.file("keys/rsa2048.pkcs8.pem"),
                        "snapgate.merchants[0].client-secret=" + SECRET);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aMerchantInProperties_makesAWorkingClient_andTheTypedFamilies() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(SnapClient.class).hasSingleBean(VirtualAccounts.class);
            SnapClient client = context.getBean(SnapClient.class);
            assertThat(client.accessToken(ClientKey.of("IONPAYTEST")).tokenType()).isEqualTo("Bearer");
            assertThat(client.baseUrl()).isEqualTo(emulator.baseUrl());
        });
    }

    @Test
    void withAMeterRegistryInTheContext_snapgatesMetersAreRecorded() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            context.getBean(SnapClient.class).accessToken(ClientKey.of("IONPAYTEST"));
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.find("snapgate.token.requests").timer()).isNotNull()
                    .satisfies(t -> assertThat(t.count()).isEqualTo(1));
        });
    }

    @Test
    void theHealthIndicator_tellsTheTruthWithoutCallingNicepay_downAfterAWrongClientSecret() {
        runner.run(context -> {
            SnapgateHealthIndicator indicator = context.getBean(SnapgateHealthIndicator.class);
            int before = emulator.journal().all().size();
            assertThat(indicator.health().getStatus().getCode()).isEqualTo("UP");
            assertThat(emulator.journal().all()).hasSize(before); // a probe makes no call
        });
        runner.withPropertyValues("snapgate.merchants[0].client-secret=not-the-registered-secret").run(context -> {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.getBean(VirtualAccounts.class).create(
                    dev.snapgate.api.VaCreateRequest.of("HEALTH-1", "Budi", dev.snapgate.domain.Amount.idr(
                            "1000.00"), "BMRI"))).isInstanceOf(dev.snapgate.domain.error.SnapUnauthorizedException.class);
            var health = context.getBean(SnapgateHealthIndicator.class).health();
            assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
            assertThat(health.getDetails().toString()).contains("check the client secret")
                    .doesNotContain("not-the-registered-secret");
        });
    }

    @Test
    void inbound_isMountedOnlyWhenEnabled_andNeedsThePlatformsBillsOrReceiver() throws Exception {
        ApplicationContextRunner inbound = runner.withConfiguration(AutoConfigurations.of(
                SnapgateInboundConfiguration.class)).withPropertyValues("snapgate.inbound.client-key=IONPAYTEST",
                        "snapgate.inbound.client-secret=" + SECRET, "snapgate.inbound.nicepay-public-key=file:"
                                + Fixtures.file("keys/rsa2048.public.pem"));
        inbound.run(context -> assertThat(context).doesNotHaveBean(dev.snapgate.inbound.SnapInbound.class));
        inbound.withPropertyValues("snapgate.inbound.enabled=true").withBean(dev.snapgate.domain.inbound.Bills.class,
                dev.snapgate.inbound.internal.InMemoryBills::new).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(dev.snapgate.inbound.SnapInbound.class);
                    assertThat(context.getBean("snapgateInboundServlet",
                            org.springframework.boot.web.servlet.ServletRegistrationBean.class).getUrlMappings())
                            .containsExactly("/nicepay/*");
                });
        inbound.withPropertyValues("snapgate.inbound.enabled=true").run(context -> {
            FailureAnalysis analysis = new SnapgateFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("snapgate.inbound").contains("nothing to serve");
            assertThat(analysis.getAction()).contains("Bills");
        });
        inbound.withPropertyValues("snapgate.inbound.enabled=true", "snapgate.inbound.nicepay-public-key=file:"
                + Fixtures.file("keys/rsa2048.pkcs8.pem")).withBean(dev.snapgate.domain.inbound.Bills.class,
                        dev.snapgate.inbound.internal.InMemoryBills::new).run(context -> {
                            FailureAnalysis analysis = new SnapgateFailureAnalyzer().analyze(
                                    context.getStartupFailure());
                            assertThat(analysis.getDescription()).contains("snapgate.inbound.nicepay-public-key")
                                    .doesNotContain("BEGIN");
                        });
    }

    @Test
    void aPkcs12Key_resilienceAndAFleetTokenStoreOnRedis_comeFromProperties() throws Exception {
        try (dev.snapgate.store.redis.LocalRedis redis = dev.snapgate.store.redis.LocalRedis.start()) {
            runner.withPropertyValues("snapgate.merchants[0].private-key=",
                    "snapgate.merchants[0].keystore=file:" + Fixtures.file("keys/rsa2048.p12"),
                    "snapgate.merchants[0].keystore-password=" + Fixtures.STORE_PASSWORD,
                    "snapgate.merchants[0].key-alias=merchant", "snapgate.resilience.max-attempts=2",
                    "snapgate.token-refresh-margin=30s", "snapgate.token-store=" + redis.uri()).run(context -> {
                        assertThat(context).hasNotFailed().hasSingleBean(dev.snapgate.store.redis.SnapRedis.class);
                        dev.snapgate.store.redis.SnapRedis store = context.getBean(
                                dev.snapgate.store.redis.SnapRedis.class);
                        store.awaitConnection(java.time.Duration.ofSeconds(10));
                        context.getBean(SnapClient.class).accessToken(ClientKey.of("IONPAYTEST"));
                        // the token is shared through Redis: another instance finds it there
                        assertThat(store.tokenStore().get(ClientKey.of("IONPAYTEST"))).isPresent();
                    });
        }
        runner.withPropertyValues("snapgate.resilience.max-attempts=0").run(context -> assertThat(
                new SnapgateFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                .contains("snapgate.resilience"));
        runner.withPropertyValues("snapgate.resilience.max-concurrent-calls=0").run(context -> assertThat(
                new SnapgateFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                .contains("snapgate.resilience", "maxConcurrentCalls must be 1-10000"));
    }

    @Test
    void withoutTheOptionalJars_theirBeansStayAway_andTheClientStillWorks() {
        runner.withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(
                "io.micrometer.core", "org.springframework.boot.actuate", "dev.snapgate.store.redis",
                "dev.snapgate.servlet")).withPropertyValues("snapgate.token-store=redis://127.0.0.1:1/0",
                        "snapgate.inbound.enabled=true").withConfiguration(AutoConfigurations.of(
                                SnapgateInboundConfiguration.class)).run(context -> {
                                    assertThat(context).hasNotFailed().hasSingleBean(SnapClient.class)
                                            .doesNotHaveBean("snapgateHealthIndicator")
                                            .doesNotHaveBean("snapgateRedis")
                                            .doesNotHaveBean("snapgateInbound")
                                            .doesNotHaveBean("snapgateMeters");
                                    assertThat(context.getBean(SnapClient.class).accessToken(ClientKey.of(
                                            "IONPAYTEST")).tokenType()).isEqualTo("Bearer");
                                });
    }

    @Test
    void thePlatformsOwnClient_winsOverTheAutoConfiguredOne() {
        runner.withBean("myClient", SnapClient.class, () -> SnapClient.builder().baseUrl(emulator.baseUrl())
                .merchant(dev.snapgate.domain.Merchant.tokenOnly(ClientKey.of("OTHER"), Fixtures.rsa2048()
                        .signer())).build()).run(context -> {
                            assertThat(context).hasSingleBean(SnapClient.class);
                            assertThat(context.getBean(SnapClient.class).clientKeys())
                                    .containsExactly(ClientKey.of("OTHER"));
                        });
    }

    @Test
    void aBadSetting_failsStartup_namingThePropertyAndTheFix_neverTheSecret() {
        runner.withPropertyValues("snapgate.merchants[0].private-key=file:/nowhere/nicepay.pem").run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new SnapgateFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("snapgate.merchants[0].private-key").contains("not found")
                    .doesNotContain(SECRET);
            assertThat(analysis.getAction()).contains("PEM private key");
        });
        runner.withPropertyValues("snapgate.merchants[0].client-secret=").run(context -> {
            FailureAnalysis analysis = new SnapgateFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("snapgate.merchants[0].client-secret");
            assertThat(analysis.getAction()).contains("environment");
        });
        runner.withPropertyValues("snapgate.merchants[0].private-key=file:" + Fixtures.file("keys/rsa2048.public.pem"))
                .run(context -> {
                    FailureAnalysis analysis = new SnapgateFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("snapgate.merchants[0].private-key")
                            .doesNotContain(SECRET).doesNotContain("BEGIN");
                });
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SnapgateAutoConfiguration.class))
                .run(context -> assertThat(new SnapgateFailureAnalyzer().analyze(context.getStartupFailure())
                        .getDescription()).contains("snapgate.merchants").contains("no merchant"));
    }
}
