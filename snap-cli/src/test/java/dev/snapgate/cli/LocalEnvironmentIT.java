package dev.snapgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.app.ConfiguredClient;
import dev.snapgate.app.SettingsLoader;
import dev.snapgate.app.SnapgateSettings;
import dev.snapgate.app.guice.SnapgateModules;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Environment local: the CLI's module starts the embedded emulator, and the library's graph runs on it. */
class LocalEnvironmentIT {

    @Test
    void local_withAGeneratedKey_startsTheEmbeddedEmulatorAndIssuesATokenEndToEnd() {
        SnapgateSettings local = new SettingsLoader(Map.of(), Map.of()).load();

        try (ConfiguredClient configured = SnapgateModules.configuredClient(local, LocalEnvironmentModule.forEnvironment(local))) {
            assertThat(configured.upstream().embedded()).isTrue();
            assertThat(configured.upstream().baseUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(configured.client().accessToken(configured.settings().clientKey()).tokenType()).isEqualTo("Bearer");
        }
    }
}
