package dev.snapgate.emulator;

import dev.snapgate.domain.DebianPackages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's Chromium and ChromeDriver for the console's browser test, installed when missing (as root, as the Redis
 * tests install redis-server), so a fresh machine needs nothing by hand. Nothing is downloaded from anywhere else.
 */
final class LocalChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private LocalChromium() {
    }

    static void ensureInstalled() throws IOException, InterruptedException {
        DebianPackages.ensureInstalled("Chromium", () -> Files.isExecutable(CHROMIUM)
                && Files.isExecutable(CHROMEDRIVER), "chromium", "chromium-driver");
    }
}
