package dev.snapgate.spring;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.inbound.Bills;
import dev.snapgate.domain.inbound.NotificationReceiver;
import dev.snapgate.inbound.SnapInbound;
import dev.snapgate.servlet.SnapInboundServlet;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PublicKeyLoader;
import dev.snapgate.signing.RsaSha256Verifier;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * NICEPAY calling the platform, on Boot's servlet container: with {@code snapgate.inbound.enabled=true} and the
 * platform's {@link Bills} and/or {@link NotificationReceiver} beans, {@link SnapInbound} is mounted at
 * {@code snapgate.inbound.path}, with inbound metrics when Boot has a registry. Exactly-once records stay in memory
 * unless the platform defines an {@code IdempotencyStore} bean (e.g. Redis for a fleet).
 */
@AutoConfiguration(after = SnapgateAutoConfiguration.class)
@ConditionalOnClass(name = {"dev.snapgate.servlet.SnapInboundServlet", "jakarta.servlet.Servlet",
    "org.springframework.boot.web.servlet.ServletRegistrationBean"})
@ConditionalOnProperty(prefix = "snapgate.inbound", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(SnapgateProperties.class)
public class SnapgateInboundConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public SnapInbound snapgateInbound(SnapgateProperties properties, ObjectProvider<Bills> bills,
            ObjectProvider<NotificationReceiver> receiver,
            ObjectProvider<dev.snapgate.domain.replay.IdempotencyStore> store,
            ObjectProvider<SnapgateInboundCustomizer> customizers) {
        SnapgateProperties.Inbound in = properties.getInbound();
        String p = "snapgate.inbound";
        if (in.getClientKey() == null || in.getClientKey().isBlank()) {
            throw new SnapgatePropertyException(p + ".client-key", "missing", "set it to the client key NICEPAY"
                    + " presents to you", null);
        }
        SnapInbound.Builder builder = SnapInbound.builder()
                .nicepayPublicKey(publicKey(in.getNicepayPublicKey(), p + ".nicepay-public-key"));
        try {
            builder.clientKey(ClientKey.of(in.getClientKey()));
        } catch (IllegalArgumentException e) {
            throw new SnapgatePropertyException(p + ".client-key", e.getMessage(), "set it to the client key NICEPAY"
                    + " presents to you", e);
        }
        if (in.getNotificationPublicKey() != null) {
            builder.notificationPublicKey(publicKey(in.getNotificationPublicKey(), p + ".notification-public-key"));
        }
        if (in.getClientSecret() != null && !in.getClientSecret().isBlank()) {
            builder.clientSecret(new HmacSha512Signer(Secret.of(in.getClientSecret())));
        }
        if (in.getTokenKey() != null && !in.getTokenKey().isBlank()) {
            builder.tokenKey(Secret.of(in.getTokenKey()));
        }
        if (!in.getAllowSources().isEmpty()) {
            builder.allowSources(in.getAllowSources());
        }
        bills.ifAvailable(builder::bills);
        receiver.ifAvailable(builder::notifications);
        store.ifAvailable(builder::store);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        try {
            return builder.build();
        } catch (SnapException e) {
            throw new SnapgatePropertyException(p, e.getMessage().replace("SnapInbound: ", ""), "define a Bills"
                    + " and/or NotificationReceiver bean, and set snapgate.inbound.client-secret (from the"
                    + " environment) for the inquiry-VA flow", e);
        }
    }

    @Bean
    @ConditionalOnMissingBean(name = "snapgateInboundServlet")
    public ServletRegistrationBean<SnapInboundServlet> snapgateInboundServlet(SnapInbound inbound,
            SnapgateProperties properties) {
        ServletRegistrationBean<SnapInboundServlet> registration = new ServletRegistrationBean<>(
                new SnapInboundServlet(inbound), properties.getInbound().getPath());
        registration.setName("snapgateInbound");
        return registration;
    }

    private static RsaSha256Verifier publicKey(Resource resource, String property) {
        if (resource == null || !resource.exists()) {
            throw new SnapgatePropertyException(property, resource == null ? "missing" : "not found ("
                    + resource.getDescription() + ")", "point it at NICEPAY's public key (PEM), e.g."
                    + " file:/run/secrets/nicepay.pub", null);
        }
        Path copy = SnapgateAutoConfiguration.copyOf(resource, property);
        try {
            return PublicKeyLoader.load(copy);
        } catch (SnapException e) {
            throw new SnapgatePropertyException(property, e.getMessage(), "give NICEPAY's public key as PEM, bare"
                    + " Base64 SPKI or a certificate", e);
        } finally {
            SnapgateAutoConfiguration.deleteQuietly(copy);
        }
    }

    /** Inbound metrics when Boot has a registry. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    static class Metrics {

        @Bean
        SnapgateInboundCustomizer snapgateInboundMetrics(
                ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registry) {
            return builder -> registry.ifAvailable(r -> builder.listener(
                    dev.snapgate.inbound.InboundMetrics.listener(r)));
        }
    }
}
