package dev.snapgate.cli;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.SnapConfigurationException;
import dev.snapgate.domain.inbound.InboundNotification;
import dev.snapgate.inbound.SnapInbound;
import dev.snapgate.inbound.jdk.JdkInboundServer;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PublicKeyLoader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A reference merchant server for NICEPAY's inbound calls, on the JDK HttpServer. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run a reference merchant server for NICEPAY's calls (development, and testing a platform's"
                + " NICEPAY configuration) until Ctrl-C. It serves /api/v1.0/access-token/b2b,"
                + " /api/v1.0/transfer-va/inquiry and /api/v1.0/transfer-va/payment at its root, and notifications at"
                + " the path it prints. Inquiry answers from --bills; payment marks a bill paid. One log line per"
                + " request on stderr, never a secret. Binds 127.0.0.1 unless --bind says otherwise.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    SnapgateCli root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8090",
            description = "port (default 8090; 0 = any free)")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default 127.0.0.1)")
    String bind;

    @Option(names = "--nicepay-public-key", required = true, paramLabel = "FILE",
            description = "NICEPAY's public key (PEM, bare Base64 SPKI or certificate): verifies its token requests"
                    + " and notifications")
    Path nicepayPublicKey;

    @Option(names = "--notification-public-key", paramLabel = "FILE",
            description = "NICEPAY's notification key, when it differs from --nicepay-public-key")
    Path notificationPublicKey;

    @Option(names = "--client-key", required = true, paramLabel = "ID",
            description = "the client key NICEPAY presents (X-CLIENT-KEY, X-PARTNER-ID)")
    String clientKey;

    @Option(names = "--client-secret-env", paramLabel = "VAR", description = "variable holding the client secret"
            + " the merchant gave NICEPAY (verifies its HMAC signatures)")
    String clientSecretEnv;

    @Option(names = "--client-secret-file", paramLabel = "FILE", description = "file holding that client secret")
    String clientSecretFile;

    @Option(names = "--bills", required = true, paramLabel = "FILE", description = "JSON list of open bills:"
            + " [{\"virtualAccountNo\":...,\"virtualAccountName\":...,\"totalAmount\":\"50000.00\"}]")
    String billsFile;

    @Option(names = "--token-key-env", paramLabel = "VAR", description = "variable holding the key tokens are"
            + " protected with (32+ bytes), shared by a fleet; default: a random key for this run")
    String tokenKeyEnv;

    @Option(names = "--notification-path", paramLabel = "PATH", defaultValue = "/notify",
            description = "where notifications are served (default /notify)")
    String notificationPath;

    /** Counted down once the server is listening (tests wait on it). */
    final CountDownLatch started = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClientKey key = Arguments.clientKey(clientKey);
        Secret secret = clientSecret();
        io.micrometer.prometheusmetrics.PrometheusMeterRegistry metrics =
                new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                        io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
        dev.snapgate.inbound.InMemoryBills bills = FileBills.load(CliJson.parseListOfObjects(new String(
                Arguments.file(billsFile, "--bills"), StandardCharsets.UTF_8), "--bills " + billsFile),
                "--bills " + billsFile);
        SnapInbound.Builder inbound = SnapInbound.builder()
                .nicepayPublicKey(PublicKeyLoader.load(nicepayPublicKey))
                .clientKey(key)
                .clientSecret(new HmacSha512Signer(secret))
                .bills(bills)
                .notifications(n -> err.println("snapgate serve: notification received: " + describe(n)))
                .notificationPath(notificationPath)
                .listener(dev.snapgate.inbound.InboundMetrics.both(e -> {
                    err.println("snapgate serve: " + e.method() + " " + e.endpoint() + " -> " + e.status() + " "
                            + e.responseCode() + " (" + e.duration().toMillis() + " ms)");
                    err.flush();
                }, dev.snapgate.inbound.InboundMetrics.listener(metrics)));
        if (notificationPublicKey != null) {
            inbound.notificationPublicKey(PublicKeyLoader.load(notificationPublicKey));
        }
        if (tokenKeyEnv != null) {
            inbound.tokenKey(Secret.of(Arguments.env(root.environment, tokenKeyEnv, "--token-key-env")));
        }
        SnapInbound core;
        try {
            core = inbound.build();
        } catch (SnapConfigurationException e) {
            throw new SnapConfigurationException(e.getMessage().replace("SnapInbound: ", "serve: "), e);
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (JdkInboundServer server = JdkInboundServer.start(core, new InetSocketAddress(bind, port))) {
            server.addContext("/metrics", exchange -> {
                try (exchange) {
                    byte[] text = metrics.scrape().getBytes(StandardCharsets.UTF_8);
                    boolean get = exchange.getRequestMethod().equals("GET");
                    exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                    exchange.sendResponseHeaders(get ? 200 : 405, get ? text.length : -1);
                    if (get) {
                        exchange.getResponseBody().write(text);
                    }
                }
            });
            out.println("snapgate serve listening on " + server.baseUrl() + " for client key " + key + " ("
                    + bills.openCount() + " open bills; Ctrl-C to stop)");
            out.println("  token:        POST " + server.baseUrl() + "/api/v1.0/access-token/b2b");
            out.println("  inquiry:      POST " + server.baseUrl() + "/api/v1.0/transfer-va/inquiry");
            out.println("  payment:      POST " + server.baseUrl() + "/api/v1.0/transfer-va/payment");
            out.println("  notification: POST " + server.baseUrl() + core.notificationPath());
            out.println("  metrics:      GET  " + server.baseUrl() + "/metrics (Prometheus text)");
            out.flush();
            Thread hook = new Thread(stop::countDown, "snapgate-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            started.countDown();
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already stopping: the hook runs anyway
                }
            }
            err.println("snapgate serve: stopping");
        }
        return ExitCodes.OK;
    }

    private Secret clientSecret() {
        if ((clientSecretEnv == null) == (clientSecretFile == null)) {
            throw new SnapConfigurationException("serve needs the client secret the merchant gave NICEPAY: give"
                    + " exactly one of --client-secret-env VAR or --client-secret-file FILE");
        }
        if (clientSecretEnv != null) {
            return Secret.of(Arguments.env(root.environment, clientSecretEnv, "--client-secret-env"));
        }
        String text = new String(Arguments.file(clientSecretFile, "--client-secret-file"), StandardCharsets.UTF_8)
                .strip();
        if (text.isEmpty()) {
            throw new SnapConfigurationException("--client-secret-file " + clientSecretFile + " is empty");
        }
        return Secret.of(text);
    }

    private static String describe(InboundNotification n) {
        if (n instanceof InboundNotification.VaPaid va) {
            return "VA paid, trxId " + va.trxId() + va.paidAmount().map(a -> ", " + a).orElse("");
        }
        if (n instanceof InboundNotification.Qris q) {
            return "QRIS " + q.originalPartnerReferenceNo() + " state " + q.latestTransactionStatus();
        }
        InboundNotification.Ewallet w = (InboundNotification.Ewallet) n;
        return "e-wallet " + w.originalPartnerReferenceNo() + " state " + w.latestTransactionStatus();
    }
}
