package dev.snapgate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Micrometer stays optional: with every Micrometer jar (and resilience4j-micrometer) removed from the class path, the
 * client still loads, builds and makes a token call; only {@code meterRegistry(...)} needs Micrometer.
 */
class MicrometerIsOptionalIT extends WireMockFixture {

    @Test
    void withoutMicrometerOnTheClassPath_theClientBuildsAndCalls() throws Exception {
        stubTokenSequence(ok());
        List<URL> urls = new ArrayList<>();
        int removed = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("micrometer")) {
                removed++;
                continue;
            }
            urls.add(Path.of(entry).toUri().toURL());
        }
        assertThat(removed).as("micrometer jars on the test class path").isPositive();

        try (URLClassLoader platform = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> platform.loadClass("io.micrometer.core.instrument.MeterRegistry"))
                    .isInstanceOf(ClassNotFoundException.class);
            Object type = platform.loadClass(NoMicrometerProbe.class.getName()).getMethod("tokenType", String.class)
                    .invoke(null, baseUrl().toString());

            assertThat(type).isEqualTo("Bearer");
        }
        assertThat(tokenRequests()).hasSize(1);
    }

    /**
     * Issue 24: Micrometer without resilience4j-micrometer (what every Spring Boot application has) used to crash
     * {@code meterRegistry(...)} with {@code NoClassDefFoundError}; now the client builds, records its own meters and
     * leaves out the breaker and retry meters only.
     */
    @Test
    void withMicrometerButWithoutResilience4jMicrometer_attachingARegistryWorks() throws Exception {
        stubTokenSequence(ok());
        List<URL> urls = new ArrayList<>();
        int removed = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("resilience4j-micrometer")) {
                removed++;
                continue;
            }
            urls.add(Path.of(entry).toUri().toURL());
        }
        assertThat(removed).as("resilience4j-micrometer on the test class path").isEqualTo(1);

        try (URLClassLoader platform = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> platform.loadClass(
                    "io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics"))
                    .isInstanceOf(ClassNotFoundException.class);
            Object meters = platform.loadClass(MicrometerWithoutResilienceProbe.class.getName())
                    .getMethod("meters", String.class).invoke(null, baseUrl().toString());

            List<String> names = ((List<?>) meters).stream().map(String::valueOf).toList();
            assertThat(names).contains("snapgate.token.requests", "snapgate.token.age.seconds")
                    .noneMatch(name -> name.startsWith("resilience4j"));
        }
    }
}
