package dev.snapgate.spring.boot4;

import dev.snapgate.http.SnapClient;
import dev.snapgate.spring.SnapgateAutoConfiguration;
import dev.snapgate.spring.SnapgateHealth;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** Spring Boot 4's "snapgate" health component, from {@link SnapgateHealth}; never calls NICEPAY. */
@AutoConfiguration(after = SnapgateAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(SnapgateHealth.class)
public class SnapgateBoot4HealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "snapgateHealthIndicator")
    public HealthIndicator snapgateHealthIndicator(SnapClient client, SnapgateHealth health) {
        return () -> {
            SnapgateHealth.Status status = health.of(client);
            return (status.up() ? Health.up() : Health.down()).withDetails(status.details()).build();
        };
    }
}
