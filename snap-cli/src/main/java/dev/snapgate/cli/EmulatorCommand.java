package dev.snapgate.cli;

import dev.snapgate.app.internal.LocalDemo;
import dev.snapgate.app.SettingsLoader;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.emulator.WebConsole;
import dev.snapgate.signing.GeneratedKeyPair;
import dev.snapgate.signing.PublicKeyLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Runs the emulator in the foreground. */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Run the NICEPAY SNAP emulator on 127.0.0.1 in the foreground until interrupted (Ctrl-C).%n"
                + "Without --client it registers a demo merchant and writes its throwaway private key to a temporary"
                + " file.%n"
                + "It is stateful, in memory only (a restart forgets everything). Lines typed on stdin simulate"
                + " the customer and the banks (in a terminal, or with --console): pay-va TRXID, pay-qris REF, settle-ewallet REF, fail-payout REF,"
                + " suspect-payout REF, complete-payout REF, help. Paying sends NICEPAY's signed notification to the"
                + " request's dbProcessUrl.")
final class EmulatorCommand implements Callable<Integer> {

    @ParentCommand
    SnapgateCli root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "9080", description = "port (default 9080; 0 = any free)")
    int port;

    @Option(names = "--client", paramLabel = "ID=PUBLIC_KEY_FILE", description = "register a client with its public key")
    List<String> clients = List.of();

    @Option(names = "--client-secret-env", paramLabel = "ID=VAR",
            description = "client secret (for service calls) of a registered client, from an environment variable")
    List<String> secrets = List.of();

    @Option(names = "--notification-key-out", paramLabel = "FILE",
            description = "write the emulator's notification public key (PEM) here, for the merchant server")
    Path notificationKeyOut;

    @Option(names = "--notify-any-host", description = "send notifications to any host; by default only to this"
            + " machine (localhost, 127.0.0.0/8, ::1)")
    boolean notifyAnyHost;

    @Option(names = "--web-console-port", paramLabel = "N", defaultValue = "0",
            description = "port of the web console on 127.0.0.1 (default 0: any free port, printed on start; -1: no"
                    + " web console)")
    int webConsolePort;

    @Option(names = "--console", description = "read simulation commands from stdin even when it is not a terminal"
            + " (e.g. piped from a script); in a terminal the console is always on")
    boolean consoleForced;

    /** Counted down when the emulator is up (tests wait on it). */
    final CountDownLatch started = new CountDownLatch(1);

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<ClientKey, Secret> clientSecrets = new LinkedHashMap<>();
        for (String s : secrets) {
            String[] kv = pair(s, "--client-secret-env");
            clientSecrets.put(Arguments.clientKey(kv[0]), Secret.of(Arguments.env(root.environment, kv[1],
                    "--client-secret-env")));
        }
        SnapEmulator.Builder builder = SnapEmulator.builder().port(port).notifyAnyHost(notifyAnyHost);
        Path demoKey = null;
        Path demoSecret = null;
        if (clients.isEmpty()) {
            GeneratedKeyPair demo = GeneratedKeyPair.rsa(2048);
            demoKey = Files.createTempFile("snapgate-demo-", ".pem");
            demoKey.toFile().deleteOnExit(); // also when Ctrl-C ends the JVM while this thread waits
            demo.writeDemoPrivateKey(demoKey);
            Secret secret = clientSecrets.get(LocalDemo.CLIENT);
            if (secret == null) {
                // a throwaway client secret, so service calls work too; written owner-only, never printed
                byte[] random = new byte[24];
                new java.security.SecureRandom().nextBytes(random);
                secret = Secret.of(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random));
                demoSecret = Files.createTempFile("snapgate-demo-secret-", ".txt",
                        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
                demoSecret.toFile().deleteOnExit();
                Files.writeString(demoSecret, secret.reveal());
            }
            builder.client(LocalDemo.CLIENT, demo.verifier(), java.util.Optional.of(secret));
        }
        for (String c : clients) {
            String[] kv = pair(c, "--client");
            ClientKey key = Arguments.clientKey(kv[0]);
            builder.client(key, PublicKeyLoader.load(Path.of(kv[1])),
                    java.util.Optional.ofNullable(clientSecrets.get(key)));
        }
        SnapEmulator launched;
        try {
            launched = builder.start();
        } catch (SnapConfigurationException e) {
            throw new SnapConfigurationException(e.getMessage() + " (--port N; 0 picks one)", e);
        }
        WebConsole web = null;
        try (SnapEmulator emulator = launched) {
            out.println("snapgate emulator listening on " + emulator.baseUrl() + " (Ctrl-C to stop)");
            if (webConsolePort >= 0) {
                try {
                    web = WebConsole.start(emulator, new java.net.InetSocketAddress("127.0.0.1", webConsolePort));
                } catch (SnapConfigurationException e) {
                    throw new SnapConfigurationException(e.getMessage() + " (--web-console-port N; 0 picks one, -1"
                            + " turns the web console off)", e);
                }
                out.println("web console: " + web.url() + " (requests and why they were refused, the ledger,"
                        + " notifications)");
            }
            if (demoKey != null) {
                out.println("demo merchant " + LocalDemo.CLIENT + ", throwaway private key in " + demoKey);
                out.println("try: ./snapgate token --base-url " + emulator.baseUrl() + " --client-key "
                        + LocalDemo.CLIENT + " --private-key " + demoKey);
                if (demoSecret != null) {
                    out.println("and:  ./snapgate call VA_CREATE --example > va.json; ./snapgate call VA_CREATE"
                            + " --body-file va.json --base-url " + emulator.baseUrl() + " --client-key "
                            + LocalDemo.CLIENT + " --private-key " + demoKey + " --client-secret-file "
                            + demoSecret);
                }
            }
            if (notificationKeyOut != null) {
                Files.writeString(notificationKeyOut, emulator.notificationPublicKeyPem());
                out.println("NICEPAY's notification public key (this run's) written to " + notificationKeyOut);
            }
            out.println("state is in memory only; type 'help' for simulated payments");
            out.flush();
            if (consoleForced || System.console() != null) {
                startConsole(emulator, out, System.in);
            }
            started.countDown();
            Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "snapgate-emulator-stop"));
            try {
                emulator.awaitStop(); // Ctrl-C, or the server stopping on its own: either way the command ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!emulator.isRunning()) {
                spec.commandLine().getErr().println("snapgate emulator: the server stopped");
            }
        } finally {
            if (web != null) {
                web.close();
            }
            if (demoKey != null) {
                Files.deleteIfExists(demoKey);
            }
            if (demoSecret != null) {
                Files.deleteIfExists(demoSecret);
            }
        }
        return ExitCodes.OK;
    }

    private static void startConsole(SnapEmulator emulator, PrintWriter out, java.io.InputStream console) {
        EmulatorConsole commands = new EmulatorConsole(emulator);
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(console,
                    java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null && emulator.isRunning(); line = in.readLine()) {
                    String answer = commands.execute(line);
                    if (!answer.isEmpty()) {
                        out.println(answer);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // stdin closed or unreadable: the emulator keeps serving, only the console ends
            }
        }, "snapgate-emulator-console");
        reader.setDaemon(true);
        reader.start();
    }

    private static String[] pair(String text, String option) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new SnapConfigurationException(option + " takes ID=VALUE, got '" + text + "'");
        }
        return new String[] {text.substring(0, eq), text.substring(eq + 1)};
    }
}
