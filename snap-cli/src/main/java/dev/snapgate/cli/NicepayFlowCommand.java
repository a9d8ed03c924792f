package dev.snapgate.cli;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.emulator.NicepayFlow;
import dev.snapgate.signing.PemKeyLoader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The emulator's NICEPAY side of the inquiry-VA flow, run against a merchant server. */
@Command(name = "nicepay-flow", mixinStandardHelpOptions = true,
        description = "Play NICEPAY's inquiry-VA flow against a merchant server (e.g. 'snapgate serve'): request a"
                + " B2B token signed with NICEPAY's private key, call the VA inquiry, then pay the bill, each signed"
                + " with the client secret as NICEPAY does. Prints each step; exit 0 when all succeed, 4 when the"
                + " merchant refused one.")
final class NicepayFlowCommand implements Callable<Integer> {

    @ParentCommand
    SnapgateCli root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--merchant", required = true, paramLabel = "URL", description = "the merchant's base URL")
    String merchant;

    @Option(names = "--nicepay-private-key", required = true, paramLabel = "FILE",
            description = "the private key to sign as NICEPAY with (its public half is the merchant's"
                    + " --nicepay-public-key)")
    Path nicepayKey;

    @Option(names = "--client-key", required = true, paramLabel = "ID", description = "the client key to present")
    String clientKey;

    @Option(names = "--client-secret-env", required = true, paramLabel = "VAR",
            description = "variable holding the client secret the merchant gave NICEPAY")
    String clientSecretEnv;

    @Option(names = "--virtual-account-no", required = true, paramLabel = "N")
    String virtualAccountNo;

    @Option(names = "--partner-service-id", paramLabel = "ID", defaultValue = "")
    String partnerServiceId;

    @Option(names = "--customer-no", paramLabel = "N", defaultValue = "")
    String customerNo;

    @Option(names = "--paid-amount", paramLabel = "AMOUNT", description = "default: the amount the inquiry answers")
    String paidAmount;

    @Override
    public Integer call() throws Exception {
        URI base;
        try {
            base = URI.create(merchant.replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new SnapConfigurationException("--merchant '" + merchant + "' is not a URL; use e.g."
                    + " http://127.0.0.1:8090");
        }
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new SnapConfigurationException("--merchant must be an http(s) URL, e.g. http://127.0.0.1:8090");
        }
        Optional<Amount> amount;
        try {
            amount = Optional.ofNullable(paidAmount).map(Amount::idr);
        } catch (IllegalArgumentException e) {
            throw new SnapConfigurationException("--paid-amount: " + e.getMessage());
        }
        NicepayFlow flow = new NicepayFlow(base, Arguments.clientKey(clientKey),
                PemKeyLoader.load(nicepayKey, Optional.empty()).signer(),
                Secret.of(Arguments.env(root.environment, clientSecretEnv, "--client-secret-env")), Clock.systemUTC());
        List<NicepayFlow.Step> steps;
        try {
            steps = flow.run(partnerServiceId, customerNo, virtualAccountNo, amount);
        } catch (java.io.IOException e) {
            throw new dev.snapgate.domain.error.SnapUnavailableException("the merchant at " + base + " could not be reached ("
                    + e.getClass().getSimpleName() + "); is it running?",
                    dev.snapgate.domain.error.SnapUnavailableException.Reason.NETWORK);
        }
        for (NicepayFlow.Step step : steps) {
            spec.commandLine().getOut().println(step.name() + ": HTTP " + step.status() + " " + step.responseCode());
        }
        boolean ok = steps.size() == 3 && steps.stream().allMatch(NicepayFlow.Step::succeeded);
        return ok ? ExitCodes.OK : ExitCodes.REJECTED;
    }
}
