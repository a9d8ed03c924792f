package dev.snapgate.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Installs a Debian package a test needs (redis-server, chromium) when it is missing, with {@code apt-get}, as root on
 * a Debian machine, so a fresh machine needs nothing by hand (CI has no Docker). Nothing is downloaded from anywhere
 * else. Shared by the modules' test helpers through this module's test-jar.
 */
public final class DebianPackages {

    private DebianPackages() {
    }

    /**
     * Installs {@code packages} unless {@code present} already says yes.
     *
     * @param what how the messages name it, e.g. "redis-server"
     * @throws IOException naming the {@code apt-get install} line to run when this cannot install it
     */
    public static synchronized void ensureInstalled(String what, BooleanSupplier present, String... packages)
            throws IOException, InterruptedException {
        if (present.getAsBoolean()) {
            return;
        }
        String install = "apt-get install " + String.join(" ", packages);
        if (!onPath("apt-get") || !"root".equals(System.getProperty("user.name"))) {
            throw new IOException(what + " is not installed; install Debian's package" + (packages.length > 1 ? "s"
                    : "") + ": " + install);
        }
        run("apt-get", "update", "-qq");
        List<String> command = new java.util.ArrayList<>(List.of("apt-get", "install", "-y", "-qq"));
        command.addAll(List.of(packages));
        run(command.toArray(String[]::new));
        if (!present.getAsBoolean()) {
            throw new IOException("installing " + String.join(" and ", packages) + " failed");
        }
    }

    /** True when {@code binary} is an executable on the {@code PATH}, or in /usr/bin or /usr/sbin. */
    public static boolean onPath(String binary) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, binary))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/bin", binary)) || Files.isExecutable(Path.of("/usr/sbin", binary));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
    }
}
