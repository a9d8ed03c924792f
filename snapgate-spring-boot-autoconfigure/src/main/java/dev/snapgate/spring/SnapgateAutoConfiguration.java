package dev.snapgate.spring;

import dev.snapgate.domain.Secret;
import dev.snapgate.api.Ewallets;
import dev.snapgate.api.Payouts;
import dev.snapgate.api.Qris;
import dev.snapgate.api.VirtualAccounts;
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
        SnapgateProperties.Resilience r = properties.getResilience();
        if (r.getMaxAttempts() != null || r.getOpenDuration() != null || r.getMaxTotalTime() != null
                || r.getMaxConcurrentCalls() != null || r.getMaxWaitForSlot() != null) {
            dev.snapgate.http.ResilienceSettings.Builder resilience = dev.snapgate.http.ResilienceSettings.DEFAULTS
                    .toBuilder();
            if (r.getMaxAttempts() != null) {
                resilience.maxAttempts(r.getMaxAttempts());
            }
            if (r.getOpenDuration() != null) {
                resilience.openDuration(r.getOpenDuration());
            }
            if (r.getMaxTotalTime() != null) {
                resilience.maxTotalTime(r.getMaxTotalTime());
            }
            if (r.getMaxConcurrentCalls() != null) {
                resilience.maxConcurrentCalls(r.getMaxConcurrentCalls());
            }
            if (r.getMaxWaitForSlot() != null) {
                resilience.maxWaitForSlot(r.getMaxWaitForSlot());
            }
            try {
                builder.resilience(resilience.build());
            } catch (IllegalArgumentException | SnapException e) {
                throw new SnapgatePropertyException("snapgate.resilience", e.getMessage(), "choose values in range",
                        e);
            }
        }
        if (properties.getTokenRefreshMargin() != null) {
            dev.snapgate.domain.token.TokenCacheSettings d = dev.snapgate.domain.token.TokenCacheSettings.DEFAULTS;
            try {
                builder.tokenCache(new dev.snapgate.domain.token.TokenCacheSettings(properties
                        .getTokenRefreshMargin(), d.maxWait(), d.leaseTime()));
            } catch (IllegalArgumentException | SnapException e) {
                throw new SnapgatePropertyException("snapgate.token-refresh-margin", e.getMessage(), "give a"
                        + " positive duration shorter than a token's life, e.g. 60s", e);
            }
        }
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
        if (m.getKeystore() != null) {
            Path store = copyOf(m.getKeystore(), prefix + ".keystore");
            try {
                return MerchantKeys.fromPkcs12(m.getClientKey(), store, Secret.of(String.valueOf(
                        m.getKeystorePassword())), String.valueOf(m.getKeyAlias()), Secret.of(m.getClientSecret()));
            } catch (SnapException e) {
                throw new SnapgatePropertyException(prefix + ".keystore", e.getMessage(), "give a PKCS#12 keystore,"
                        + " its password in " + prefix + ".keystore-password and the key's alias in " + prefix
                        + ".key-alias", e);
            } finally {
                deleteQuietly(store);
            }
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
            deleteQuietly(pem);
        }
    }

    /** Removes a key's temporary copy; if it cannot, the JVM removes it on exit (it is owner-only meanwhile). */
    static void deleteQuietly(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException ignored) {
            // deleteOnExit was registered when the copy was made
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

    /** A token store on Redis shared by the fleet, with {@code snapgate.token-store=redis://...}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.snapgate.store.redis.SnapRedis")
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(prefix = "snapgate",
            name = "token-store")
    static class TokenStoreOnRedis {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        dev.snapgate.store.redis.SnapRedis snapgateRedis(SnapgateProperties properties) {
            try {
                dev.snapgate.store.redis.SnapRedis.Builder redis = dev.snapgate.store.redis.SnapRedis.builder(
                        properties.getTokenStore());
                if (properties.getTokenStoreKey() != null && !properties.getTokenStoreKey().isBlank()) {
                    redis.encryptionKey(Secret.of(properties.getTokenStoreKey()));
                }
                return redis.connect();
            } catch (SnapException e) {
                throw new SnapgatePropertyException("snapgate.token-store", e.getMessage(), "give"
                        + " redis://host:port[/db] or rediss://..., and a Base64 AES key of 16, 24 or 32 bytes in"
                        + " snapgate.token-store-key", e);
            }
        }

        @Bean
        SnapClientCustomizer snapgateTokenStore(dev.snapgate.store.redis.SnapRedis redis) {
            return builder -> builder.tokenStore(redis.tokenStore());
        }
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
