package dev.snapgate.cli;

import dev.snapgate.app.ConfiguredClient;
import dev.snapgate.app.SettingsLoader;
import dev.snapgate.app.SnapgateSettings;
import dev.snapgate.app.guice.SnapgateModules;
import dev.snapgate.domain.AccessToken;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Obtains an access token through the full stack. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Obtain a SNAP B2B access token (Guice -> token lifecycle -> signer -> Resilience4j -> Feign).%n"
                + "With nothing configured it uses the embedded emulator and a throwaway demo merchant.")
final class TokenCommand implements Callable<Integer> {

    @ParentCommand
    SnapgateCli root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--json", description = "print {responseCode, tokenType, accessToken, expiresIn, expiresAt}")
    boolean json;

    @Option(names = "--reveal", description = "print the token itself instead of a masked form")
    boolean reveal;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SnapgateSettings settings = new SettingsLoader(connection.toMap(), root.environment).load();
        try (SharedStores stores = SharedStores.open(settings);
                ConfiguredClient configured = SnapgateModules.configuredClient(settings, LocalEnvironmentModule.forEnvironment(settings),
                        VerboseTimeline.modules(connection.verbose, spec.commandLine().getErr(), stores.modules()))) {
            if (configured.upstream().embedded()) {
                err.println("snapgate: nothing configured for a real upstream; using " + configured.upstream()
                        .description() + " with the throwaway demo merchant " + settings.clientKey());
            }
            AccessToken token = configured.client().accessToken(configured.settings().clientKey());
            String shown = reveal ? token.value().reveal() : token.value().masked();
            long expiresIn = Duration.between(token.issuedAt(), token.expiresAt()).toSeconds();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("responseCode", "2007300");
                m.put("tokenType", token.tokenType());
                m.put("accessToken", shown);
                m.put("expiresIn", expiresIn);
                m.put("expiresAt", token.expiresAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
                out.println(CliJson.compact(m));
            } else {
                out.println("Access token from " + configured.upstream().description() + " for " + settings.clientKey());
                out.println("  token type : " + token.tokenType());
                out.println("  expires at : " + token.expiresAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " (in "
                        + Duration.between(Instant.now(), token.expiresAt()).toSeconds() + " s)");
                out.println("  token      : " + shown + (reveal ? "" : "  (use --reveal to print it)"));
            }
        }
        return ExitCodes.OK;
    }
}
