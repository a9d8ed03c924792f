package dev.snapgate.cli;

import static dev.snapgate.api.schema.Fields.LATEST_TRANSACTION_STATUS;
import static dev.snapgate.api.schema.Fields.REASON;

import dev.snapgate.app.ConfiguredClient;
import dev.snapgate.app.SettingsLoader;
import dev.snapgate.app.SnapgateSettings;
import dev.snapgate.app.guice.SnapgateModules;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.api.SettleOptions;
import dev.snapgate.api.Settlement;
import dev.snapgate.api.Verdict;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.SnapService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Settles a money-moving call whose outcome was unknown, by status inquiry, never re-sending it. */
@Command(name = "settle", mixinStandardHelpOptions = true,
        description = "Find out whether a money-moving call whose outcome was unknown (exit 6 from 'call') took"
                + " effect, by asking the matching status inquiry until NICEPAY knows or the deadline passes."
                + " The original call is never sent again.%n"
                + "SERVICE is the money-moving service (VA_CREATE, VA_DELETE, EWALLET_PAYMENT, EWALLET_REFUND,"
                + " QRIS_GENERATE, QRIS_REFUND, PAYOUT_REGISTRATION, PAYOUT_APPROVE, PAYOUT_CANCEL, PAYOUT_REJECT);"
                + " --body-file is the body of that original call (the inquiry's references come from it).%n"
                + "Exit 0 when the verdict is known (received, with the state; or not received: the call may be"
                + " sent again with a new X-EXTERNAL-ID), 5 when the deadline passed first.")
final class SettleCommand implements Callable<Integer> {

    @ParentCommand
    SnapgateCli root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SERVICE")
    String service;

    @Option(names = "--body-file", required = true, paramLabel = "F",
            description = "the body of the original money-moving call")
    String bodyFile;

    @Option(names = "--deadline", paramLabel = "DURATION", description = "how long to keep asking (default 2m)")
    String deadline;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Override
    public Integer call() {
        SnapService original = Arguments.service(service);
        if (original.idempotent()) {
            throw new SnapConfigurationException(original + " is an inquiry: it never needs settling. Give the"
                    + " money-moving service whose outcome was unknown, e.g. PAYOUT_APPROVE");
        }
        Map<String, Object> body = Arguments.jsonBody(bodyFile);
        SettleOptions options = SettleOptions.DEFAULTS;
        if (deadline != null) {
            Duration d = SettingsLoader.parseDuration(deadline, "--deadline", "the command line");
            if (d.isNegative() || d.isZero()) {
                throw new SnapConfigurationException("--deadline must be positive, e.g. 30s or 5m");
            }
            options = options.withDeadline(d);
        }
        SnapService inquiry = Settlement.inquiryFor(original, body).service();
        SnapgateSettings settings = new SettingsLoader(connection.toMap(), root.environment).load();
        if (settings.clientSecret().isEmpty()) {
            throw new SnapConfigurationException("status inquiries are signed with the client secret, and none is"
                    + " configured: set SNAPGATE_CLIENT_SECRET, or --client-secret-env VAR / --client-secret-file F");
        }
        try (SharedStores stores = SharedStores.open(settings);
                ConfiguredClient configured = SnapgateModules.configuredClient(settings, LocalEnvironmentModule.forEnvironment(settings),
                        VerboseTimeline.modules(connection.verbose, spec.commandLine().getErr(), stores.modules()))) {
            spec.commandLine().getErr().println("snapgate: settling " + original + " with " + inquiry + " (up to "
                    + options.deadline().toSeconds() + " s); the original call is not sent again");
            Verdict verdict = configured.client().settle(ServiceRequest.of(original, settings.clientKey(), body),
                    options);
            spec.commandLine().getErr().println("snapgate: " + original + ": " + verdict);
            spec.commandLine().getOut().println(CliJson.pretty(describe(verdict)));
            return verdict.isKnown() ? ExitCodes.OK : ExitCodes.UNAVAILABLE;
        }
    }

    private static Map<String, Object> describe(Verdict verdict) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (verdict instanceof Verdict.Received r) {
            m.put("verdict", "received");
            m.put(LATEST_TRANSACTION_STATUS, r.state().code());
            m.put("inquiry", r.inquiry().body());
        } else if (verdict instanceof Verdict.NotReceived n) {
            m.put("verdict", "not_received");
            m.put("responseCode", n.responseCode().value());
        } else if (verdict instanceof Verdict.Undecided u) {
            m.put("verdict", "undecided");
            m.put(REASON, u.reason());
            u.lastState().ifPresent(s -> m.put("lastTransactionStatus", s.code()));
        }
        return m;
    }
}
