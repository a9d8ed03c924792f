package dev.snapgate.cli;

import dev.snapgate.domain.Signature;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.signing.PublicKeyLoader;
import dev.snapgate.signing.RsaSha256Verifier;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Verifies an inbound (notification) signature. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify a SHA256withRSA signature over CLIENT_KEY|TIMESTAMP (e.g. a NICEPAY notification)."
                + " Prints 'valid' (exit 0) or 'invalid' (exit 1).")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--public-key", required = true, paramLabel = "FILE",
            description = "bare Base64 SPKI, PEM public key or X.509 certificate")
    Path publicKey;

    @Option(names = "--client-key", required = true, paramLabel = "ID")
    String clientKey;

    @Option(names = "--timestamp", required = true, paramLabel = "TS")
    String timestamp;

    @Option(names = "--signature", required = true, paramLabel = "B64")
    String signature;

    @Override
    public Integer call() {
        RsaSha256Verifier verifier = PublicKeyLoader.load(publicKey);
        StringToSign sts = StringToSign.forTokenRequest(Arguments.clientKey(clientKey), Arguments.timestamp(timestamp));
        boolean valid;
        try {
            valid = verifier.verify(sts, Signature.parse(signature));
        } catch (IllegalArgumentException notBase64) {
            valid = false;
        }
        spec.commandLine().getOut().println(valid ? "valid" : "invalid");
        return valid ? ExitCodes.OK : ExitCodes.SIGNATURE_INVALID;
    }
}
