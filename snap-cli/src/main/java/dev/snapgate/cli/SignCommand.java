package dev.snapgate.cli;

import dev.snapgate.app.KeySource;
import dev.snapgate.app.SettingsLoader;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.signing.SigningKey;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints the token-request signature for ID|TS. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Print the Base64 X-SIGNATURE (SHA256withRSA) for CLIENT_KEY|TIMESTAMP, to debug a signature"
                + " mismatch with NICEPAY.")
final class SignCommand implements Callable<Integer> {

    @ParentCommand
    SnapgateCli root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--client-key", required = true, paramLabel = "ID")
    String clientKey;

    @Option(names = "--timestamp", required = true, paramLabel = "TS", description = "e.g. 2024-12-31T10:11:40+07:00")
    String timestamp;

    @Mixin
    KeyOptions keys = new KeyOptions();

    @Override
    public Integer call() {
        ClientKey key = Arguments.clientKey(clientKey);
        SnapTimestamp ts = Arguments.timestamp(timestamp);
        KeySource source = new SettingsLoader(keys.toMap(), root.environment).requireKeySource();
        SigningKey signingKey = source.load();
        signingKey.info().warnings().forEach(w -> spec.commandLine().getErr().println("snapgate: warning: " + w));
        spec.commandLine().getOut().println(signingKey.signer().sign(StringToSign.forTokenRequest(key, ts)).value());
        return ExitCodes.OK;
    }
}
