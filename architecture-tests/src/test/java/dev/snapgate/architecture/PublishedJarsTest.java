package dev.snapgate.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a platform gets from each library jar: a JPMS name, and no logging configuration that would fight its own.
 * Runs on the packaged jars (in {@code mvn verify}); with bare {@code mvn test} the modules are class directories
 * and the check is skipped.
 */
class PublishedJarsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource({"dev.snapgate.domain.ClientKey, dev.snapgate.domain",
            "dev.snapgate.signing.PemKeyLoader, dev.snapgate.signing",
            "dev.snapgate.http.SnapClient, dev.snapgate.http",
            "dev.snapgate.app.SettingsLoader, dev.snapgate.app",
            "dev.snapgate.emulator.SnapEmulator, dev.snapgate.emulator",
            "dev.snapgate.store.redis.SnapRedis, dev.snapgate.store.redis",
            "dev.snapgate.inbound.SnapInbound, dev.snapgate.inbound",
            "dev.snapgate.servlet.SnapInboundServlet, dev.snapgate.servlet"})
    void everyLibraryJar_hasAnAutomaticModuleName_andNoLoggingConfiguration(String type, String moduleName)
            throws ClassNotFoundException, IOException, URISyntaxException {
        Path location = Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation().toURI());
        Assumptions.assumeTrue(Files.isRegularFile(location), "not packaged yet (mvn test): " + location);

        try (JarFile jar = new JarFile(location.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo(moduleName);
            assertThat(jar.getEntry("logback.xml")).as("logback.xml in " + location).isNull();
            assertThat(jar.getEntry("logback-test.xml")).isNull();
            assertThat(jar.getEntry("log4j2.xml")).isNull();
        }
    }
}
