package dev.snapgate.store.redis;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} on a free loopback port, for tests: no persistence, stopped (and restartable on the
 * same port) by the test. Debian's package provides the binary; if it is missing and this runs as root on a Debian
 * machine, it is installed once with {@code apt-get} (CI has no Docker, and the suite must run on a fresh machine).
 */
public final class LocalRedis implements AutoCloseable {

    private final int port;
    private final String password;
    private Process process;

    private LocalRedis(int port, String password) {
        this.port = port;
        this.password = password;
    }

    /** Starts a server without a password. */
    public static LocalRedis start() throws IOException, InterruptedException {
        return start(null);
    }

    /** Starts a server that requires {@code password} (AUTH), or none when null. */
    public static LocalRedis start(String password) throws IOException, InterruptedException {
        ensureInstalled();
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        LocalRedis redis = new LocalRedis(port, password);
        redis.restart();
        return redis;
    }

    public int port() {
        return port;
    }

    /** {@code redis://127.0.0.1:PORT/0}, with the password when there is one. */
    public URI uri() {
        return URI.create("redis://" + (password == null ? "" : ":" + password + "@") + "127.0.0.1:" + port + "/0");
    }

    /** Kills the server at once (SIGKILL: no goodbye to its clients). */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            process = null;
        }
    }

    /** Starts the server again on the same port, and waits until it answers. */
    public void restart() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", String.valueOf(port), "--bind",
                "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"));
        if (password != null) {
            command.addAll(List.of("--requirepass", password));
        }
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!answers()) {
            if (System.nanoTime() > giveUp || !process.isAlive()) {
                throw new IOException("redis-server did not come up on port " + port);
            }
            Thread.sleep(20); // polling a fact (a PONG), bounded above
        }
    }

    private boolean answers() {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(1000);
            s.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = new byte[64];
            int n = s.getInputStream().read(reply);
            String text = n <= 0 ? "" : new String(reply, 0, n, StandardCharsets.US_ASCII);
            return text.startsWith("+PONG") || text.startsWith("-NOAUTH");
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static synchronized void ensureInstalled() throws IOException, InterruptedException {
        if (onPath("redis-server")) {
            return;
        }
        if (!onPath("apt-get") || !"root".equals(System.getProperty("user.name"))) {
            throw new IOException("redis-server is not installed; install Debian's package: apt-get install"
                    + " redis-server");
        }
        run("apt-get", "update", "-qq");
        run("apt-get", "install", "-y", "-qq", "redis-server");
        if (!onPath("redis-server")) {
            throw new IOException("installing redis-server failed");
        }
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

    private static boolean onPath(String binary) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, binary))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/bin", binary)) || Files.isExecutable(Path.of("/usr/sbin", binary));
    }
}
