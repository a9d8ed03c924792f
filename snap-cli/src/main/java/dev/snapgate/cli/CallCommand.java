package dev.snapgate.cli;

import dev.snapgate.app.ConfiguredClient;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.app.SettingsLoader;
import dev.snapgate.app.SnapgateSettings;
import dev.snapgate.app.guice.SnapgateModules;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.api.internal.Examples;
import dev.snapgate.api.schema.RequestRules;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Makes a signed SNAP service call. */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = "Make a signed SNAP service call (against the embedded emulator when nothing is configured).%n"
                + "SERVICE is a code or name: 27 VA_CREATE, 26 VA_STATUS, 31 VA_DELETE, 54 EWALLET_PAYMENT,"
                + " 55 EWALLET_STATUS, 58 EWALLET_REFUND, 47 QRIS_GENERATE, 51 QRIS_QUERY, 78 QRIS_REFUND,"
                + " 11 BALANCE_INQUIRY, PAYOUT_REGISTRATION, PAYOUT_APPROVE, PAYOUT_INQUIRY, PAYOUT_CANCEL,"
                + " PAYOUT_REJECT.%n"
                + "The body is checked against NICEPAY's field rules first (exit 2, nothing sent, when it breaks one)."
                + " 'snapgate call SERVICE --example' prints a valid example body.")
final class CallCommand implements Callable<Integer> {

    @ParentCommand
    SnapgateCli root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SERVICE")
    String service;

    @Option(names = "--body-file", paramLabel = "F", description = "JSON object to send")
    String bodyFile;

    @Option(names = "--example", description = "print a valid example body for SERVICE and exit (nothing is sent)")
    boolean example;

    @Option(names = "--external-id", paramLabel = "ID", description = "X-EXTERNAL-ID to use (default: generated)")
    String externalId;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Override
    public Integer call() {
        SnapService snapService = Arguments.service(service);
        if (example) {
            spec.commandLine().getOut().println(CliJson.pretty(Examples.of(snapService).toBody()));
            return ExitCodes.OK;
        }
        if (bodyFile == null) {
            throw new SnapConfigurationException("call needs --body-file F (a JSON object); 'snapgate call "
                    + snapService.name() + " --example' prints a valid one");
        }
        Optional<String> chosenId = Optional.ofNullable(externalId).map(Arguments::externalId);
        Map<String, Object> body = Arguments.jsonBody(bodyFile);
        RequestRules.validate(snapService, body); // before any key is loaded or anything sent
        SettingsLoader loader = new SettingsLoader(connection.toMap(), root.environment);
        if (!snapService.idempotent() && !loader.environmentChosen()) {
            // a job whose configuration failed to load must not "succeed" at moving money against the emulator
            throw new SnapConfigurationException(snapService + " moves money, so it needs an explicit environment;"
                    + " nothing was sent. Use --env local for the embedded emulator, or --env sandbox|production"
                    + " (or SNAPGATE_ENV) with your credentials");
        }
        SnapgateSettings settings = loader.load();
        if (settings.clientSecret().isEmpty()) {
            throw new SnapConfigurationException("service calls are signed with the client secret, and none is"
                    + " configured: set SNAPGATE_CLIENT_SECRET, or --client-secret-env VAR / --client-secret-file F");
        }
        try (SharedStores stores = SharedStores.open(settings);
                ConfiguredClient configured = SnapgateModules.configuredClient(settings, LocalEnvironmentModule.forEnvironment(settings),
                        VerboseTimeline.modules(connection.verbose, spec.commandLine().getErr(), stores.modules()))) {
            if (configured.upstream().embedded()) {
                spec.commandLine().getErr().println("snapgate: using " + configured.upstream().description()
                        + " with the throwaway demo merchant " + settings.clientKey());
            }
            ServiceResponse response = configured.client().call(new ServiceRequest(snapService, settings.clientKey(), body, chosenId));
            Map<String, Object> shown = new LinkedHashMap<>(response.body());
            spec.commandLine().getErr().println("snapgate: " + snapService + " " + response.responseCode()
                    + " (X-EXTERNAL-ID " + response.externalId() + ")");
            spec.commandLine().getOut().println(CliJson.pretty(shown));
        }
        return ExitCodes.OK;
    }
}
