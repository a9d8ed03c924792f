package dev.snapgate.spring;

import dev.snapgate.http.SnapClient;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** {@link SnapgateHealth} as Spring Boot 3's health indicator ({@code /actuator/health}, component "snapgate"). */
public final class SnapgateHealthIndicator implements HealthIndicator {

    private final SnapClient client;
    private final SnapgateHealth health;

    public SnapgateHealthIndicator(SnapClient client, SnapgateHealth health) {
        this.client = client;
        this.health = health;
    }

    @Override
    public Health health() {
        SnapgateHealth.Status status = health.of(client);
        return (status.up() ? Health.up() : Health.down()).withDetails(status.details()).build();
    }
}
