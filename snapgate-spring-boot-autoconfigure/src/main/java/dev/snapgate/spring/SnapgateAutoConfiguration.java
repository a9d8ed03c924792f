package dev.snapgate.spring;

import dev.snapgate.domain.Secret;
import dev.snapgate.domain.api.Ewallets;
import dev.snapgate.domain.api.Payouts;
import dev.snapgate.domain.api.Qris;
import dev.snapgate.domain.api.VirtualAccounts;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.MerchantKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * A {@link SnapClient} from {@code snapgate.*} (closed with the context), and NICEPAY's typed families of its first
 * merchant. Every bean backs off when the platform defines its own. With Micrometer on the class path and a
 * {@code MeterRegistry} / {@code ObservationRegistry} in the context, they are attached.
 */
@AutoConfiguration
@ConditionalOnClass(SnapClient.class)
@EnableConfigurationProperties(SnapgateProperties.class)
public class SnapgateAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public SnapClient snapClient(SnapgateProperties properties, ObjectProvider<SnapClientCustomizer> customizers) {
        SnapClient.Builder builder = SnapClient.builder();
        switch (properties.getEnvironment()) {
            case SANDBOX -> builder.sandbox();
            case PRODUCTION -> builder.production();
            default -> {
                if (properties.getBaseUrl() == null) {
                    throw new SnapgatePropertyException("snapgate.base-url", "missing for environment custom",
                            "set snapgate.base-url to the upstream's URL, or snapgate.environment to sandbox or"
                                    + " production", null);
                }
                builder.baseUrl(properties.getBaseUrl());
            }
        }
        builder.connectTimeout(properties.getConnectTimeout()).readTimeout(properties.getReadTimeout());
        List<SnapgateProperties.Merchant> merchants = properties.getMerchants();
        if (merchants.isEmpty()) {
            throw new SnapgatePropertyException("snapgate.merchants", "no merchant is configured",
                    "set snapgate.merchants[0].client-key, .private-key and .client-secret", null);
        }
        for (int i = 0; i < merchants.size(); i++) {
            builder.merchant(merchant(merchants.get(i), "snapgate.merchants[" + i + "]"));
        }
        customizers.orderedStream().forEach(c -> c.customize(builder));
        try {
            return builder.build();
        } catch (SnapException e) {
            throw new SnapgatePropertyException("snapgate", e.getMessage(), "fix the snapgate.* setting it names",
                    e);
        }
    }

    private static dev.snapgate.domain.Merchant merchant(SnapgateProperties.Merchant m, String prefix) {
        if (m.getClientKey() == null || m.getClientKey().isBlank()) {
            throw new SnapgatePropertyException(prefix + ".client-key", "missing", "set it to the client ID NICEPAY"
                    + " issued", null);
        }
        if (m.getClientSecret() == null || m.getClientSecret().isBlank()) {
            throw new SnapgatePropertyException(prefix + ".client-secret", "missing", "give the client secret"
                    + " through the environment (e.g. SNAPGATE_MERCHANTS_0_CLIENT_SECRET), never in a committed"
                    + " file", null);
        }
        if (m.getPrivateKey() == null || !m.getPrivateKey().exists()) {
            throw new SnapgatePropertyException(prefix + ".private-key", m.getPrivateKey() == null ? "missing"
                    : "not found (" + m.getPrivateKey().getDescription() + ")", "point it at the merchant's PEM"
                    + " private key, e.g. file:/run/secrets/nicepay.pem or classpath:nicepay.pem", null);
        }
        Path pem = copyOf(m.getPrivateKey(), prefix);
        try {
            Secret secret = Secret.of(m.getClientSecret());
            return m.getKeyPassword() == null || m.getKeyPassword().isEmpty()
                    ? MerchantKeys.fromPem(m.getClientKey(), pem, secret)
                    : MerchantKeys.fromEncryptedPem(m.getClientKey(), pem, Secret.of(m.getKeyPassword()), secret);
        } catch (SnapException e) {
            throw new SnapgatePropertyException(prefix + ".private-key", e.getMessage(), "give an RSA private key"
                    + " (PEM PKCS#8 or PKCS#1), and its password in " + prefix + ".key-password when it is"
                    + " encrypted", e);
        } catch (IllegalArgumentException e) {
            throw new SnapgatePropertyException(prefix + ".client-key", e.getMessage(), "set it to the client ID"
                    + " NICEPAY issued", e);
        } finally {
            try {
                Files.deleteIfExists(pem);
            } catch (IOException ignored) {
                // an owner-only temporary file; the JVM removes it on exit as well
            }
        }
    }

    /** A resource (classpath:, file:, ...) as an owner-only temporary file the key loader reads once. */
    static Path copyOf(Resource resource, String prefix) {
        try (InputStream in = resource.getInputStream()) {
            Path copy = Files.createTempFile("snapgate-key-", ".pem",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            copy.toFile().deleteOnExit();
            Files.write(copy, in.readNBytes(64 * 1024));
            return copy;
        } catch (IOException e) {
            throw new SnapgatePropertyException(prefix + ".private-key", "cannot be read (" + e.getClass()
                    .getSimpleName() + ")", "point it at a readable PEM file", e);
        }
    }

    /** What the health indicators report: observed, never asked of NICEPAY. */
    @Bean
    @ConditionalOnMissingBean
    public SnapgateHealth snapgateHealth() {
        return new SnapgateHealth();
    }

    @Bean
    SnapClientCustomizer snapgateHealthListener(SnapgateHealth health) {
        return builder -> builder.listener(health);
    }

    /** Spring Boot 3's actuator: the "snapgate" health component. Boot 4's is in snapgate-spring-boot4-health. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class Boot3Health {

        @Bean
        @ConditionalOnMissingBean(name = "snapgateHealthIndicator")
        SnapgateHealthIndicator snapgateHealthIndicator(SnapClient client, SnapgateHealth health) {
            return new SnapgateHealthIndicator(client, health);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    public VirtualAccounts snapgateVirtualAccounts(SnapClient client) {
        return client.virtualAccounts();
    }

    @Bean
    @ConditionalOnMissingBean
    public Ewallets snapgateEwallets(SnapClient client) {
        return client.ewallets();
    }

    @Bean
    @ConditionalOnMissingBean
    public Qris snapgateQris(SnapClient client) {
        return client.qris();
    }

    @Bean
    @ConditionalOnMissingBean
    public Payouts snapgatePayouts(SnapClient client) {
        return client.payouts();
    }

    /**
     * Meters and observations when the context has a registry (loaded only with Micrometer on the class path). The
     * registries are looked up when the client is built, whatever order Boot's auto-configurations run in.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    static class Metrics {

        @Bean
        SnapClientCustomizer snapgateMeters(ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters,
                ObjectProvider<io.micrometer.observation.ObservationRegistry> observations) {
            return builder -> {
                meters.ifAvailable(builder::meterRegistry);
                observations.ifAvailable(builder::observationRegistry);
            };
        }
    }
}
