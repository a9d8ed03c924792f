package dev.snapgate.cli;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.inbound.InboundNotification;
import dev.snapgate.inbound.internal.InMemoryBills;
import dev.snapgate.inbound.InboundMetrics;
import dev.snapgate.inbound.SnapInbound;
import dev.snapgate.servlet.JettyInboundServer;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PublicKeyLoader;
import dev.snapgate.store.redis.SnapRedis;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A reference merchant server for NICEPAY's inbound calls, on a hardened Jetty server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run a reference merchant server for NICEPAY's calls (development, and testing a platform's"
                + " NICEPAY configuration) until Ctrl-C. It serves /api/v1.0/access-token/b2b,"
                + " /api/v1.0/transfer-va/inquiry and /api/v1.0/transfer-va/payment at its root, NICEPAY's"
                + " notification paths (VA /api/v1.0/transfer-va/payment, QRIS /api/v1.0/qr/qr-mpm-notify, e-wallet"
                + " /api/v1.0/debit/notify, payout /api/v1.0/transfer/notify) and the alias it prints. Inquiry answers"
                + " from --bills; payment marks a bill paid. Each request and notification is processed once. One log"
                + " line per request on stderr, never a secret. Binds 127.0.0.1 unless --bind says otherwise.")
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
            description = "NICEPAY's public key for its transaction calls (PEM, bare Base64 SPKI or certificate):"
                    + " verifies its token requests, and its notifications unless --notification-public-key is given")
    Path nicepayPublicKey;

    @Option(names = "--notification-public-key", paramLabel = "FILE",
            description = "NICEPAY's notification key (NICEPAY says it differs from the transaction key; give it)")
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
            description = "an alias for notifications of any kind (default /notify)")
    String notificationPath;

    @Option(names = "--replay-store", paramLabel = "URI", description = "share what was processed (external IDs,"
            + " signatures, notifications) with a fleet of serve instances: redis://host:port[/db]; default: memory")
    URI replayStore;

    @Option(names = "--allow-source", paramLabel = "CIDR", split = ",", description = "accept calls only from these"
            + " addresses or blocks (repeatable or comma-separated), e.g. NICEPAY's 103.20.51.0/24,103.117.8.0/24")
    List<String> allowSources = new ArrayList<>();

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "PT10S",
            description = "close a connection idle this long, mid-request or between requests (ISO-8601, default"
                    + " PT10S)")
    Duration idleTimeout;

    @Option(names = "--request-timeout", paramLabel = "DURATION", defaultValue = "PT15S",
            description = "close a connection whose request is not answered within this time (ISO-8601, default"
                    + " PT15S)")
    Duration requestTimeout;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "4096",
            description = "connections open at once (default 4096)")
    int maxConnections;

    @Option(names = "--metrics-port", paramLabel = "N", description = "serve GET /metrics (Prometheus text) on this"
            + " port of --metrics-bind, never on NICEPAY's listener (0 = any free; default: no metrics listener)")
    Integer metricsPort;

    @Option(names = "--metrics-bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address of the metrics listener (default 127.0.0.1)")
    String metricsBind;

    /** Counted down once the server is listening (tests wait on it). */
    final CountDownLatch started = new CountDownLatch(1);

    /** The running server, once {@link #started} (tests read its addresses). */
    volatile JettyInboundServer server;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClientKey key = Arguments.clientKey(clientKey);
        Secret secret = clientSecret();
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        InMemoryBills bills = FileBills.load(CliJson.parseListOfObjects(new String(
                Arguments.file(billsFile, "--bills"), StandardCharsets.UTF_8), "--bills " + billsFile),
                "--bills " + billsFile);
        SnapInbound.Builder inbound = SnapInbound.builder()
                .nicepayPublicKey(PublicKeyLoader.load(nicepayPublicKey))
                .clientKey(key)
                .clientSecret(new HmacSha512Signer(secret))
                .bills(bills)
                .notifications(n -> {
                    err.println("snapgate serve: notification received: " + describe(n));
                    err.flush();
                })
                .notificationPath(notificationPath)
                .listener(InboundMetrics.both(e -> {
                    err.println("snapgate serve: " + e.method() + " " + e.endpoint() + " -> " + e.status() + " "
                            + e.responseCode() + " (" + e.duration().toMillis() + " ms)");
                    err.flush();
                }, InboundMetrics.listener(metrics)));
        if (notificationPublicKey != null) {
            inbound.notificationPublicKey(PublicKeyLoader.load(notificationPublicKey));
        }
        if (tokenKeyEnv != null) {
            inbound.tokenKey(Secret.of(Arguments.env(root.environment, tokenKeyEnv, "--token-key-env")));
        }
        if (!allowSources.isEmpty()) {
            inbound.allowSources(allowSources);
        }
        SnapRedis redis = null;
        if (replayStore != null) {
            if (!"redis".equals(replayStore.getScheme()) && !"rediss".equals(replayStore.getScheme())) {
                throw new SnapConfigurationException("--replay-store takes redis://host:port[/db] or rediss://...");
            }
            redis = SnapRedis.builder(replayStore).connect();
            // wait for the first connection: until Redis answers, every call would be told to come back (5xx)
            if (!redis.awaitConnection(Duration.ofSeconds(5))) {
                err.println("snapgate serve: Redis at --replay-store does not answer yet; NICEPAY's calls are told"
                        + " to come again (5xx) until it does");
            }
            inbound.store(redis.idempotencyStore());
        }
        try {
            SnapInbound core;
            try {
                core = inbound.build();
            } catch (SnapConfigurationException e) {
                throw new SnapConfigurationException(e.getMessage().replace("SnapInbound: ", "serve: "), e);
            }
            JettyInboundServer.Builder jetty = JettyInboundServer.builder(core).bind(new InetSocketAddress(bind, port))
                    .idleTimeout(idleTimeout).requestTimeout(requestTimeout).maxConnections(maxConnections);
            if (metricsPort != null) {
                jetty.metrics(new InetSocketAddress(metricsBind, metricsPort), metrics::scrape);
            }
            try (JettyInboundServer running = jetty.start()) {
                server = running;
                printEndpoints(out, running, key, bills, core);
                awaitStop(err);
            }
        } finally {
            if (redis != null) {
                redis.close();
            }
        }
        return ExitCodes.OK;
    }

    private void printEndpoints(PrintWriter out, JettyInboundServer running, ClientKey key, InMemoryBills bills,
            SnapInbound core) {
        URI base = running.baseUrl();
        out.println("snapgate serve listening on " + base + " for client key " + key + " (" + bills.openCount()
                + " open bills; Ctrl-C to stop)");
        out.println("  token:        POST " + base + "/api/v1.0/access-token/b2b");
        out.println("  inquiry:      POST " + base + "/api/v1.0/transfer-va/inquiry");
        out.println("  payment:      POST " + base + "/api/v1.0/transfer-va/payment (and VA notifications)");
        out.println("  QRIS:         POST " + base + "/api/v1.0/qr/qr-mpm-notify");
        out.println("  e-wallet:     POST " + base + "/api/v1.0/debit/notify");
        out.println("  payout:       POST " + base + "/api/v1.0/transfer/notify");
        out.println("  notification: POST " + base + core.notificationPath() + " (any kind)");
        running.metricsUrl().ifPresent(m -> out.println("  metrics:      GET  " + m + " (Prometheus text)"));
        out.flush();
    }

    private void awaitStop(PrintWriter err) {
        CountDownLatch stop = new CountDownLatch(1);
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
        if (n instanceof InboundNotification.Payout p) {
            return "payout " + p.originalPartnerReferenceNo() + " state " + p.latestTransactionStatus();
        }
        InboundNotification.Ewallet w = (InboundNotification.Ewallet) n;
        return "e-wallet " + w.originalPartnerReferenceNo() + " state " + w.latestTransactionStatus();
    }
}
