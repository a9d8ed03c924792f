package dev.snapgate.cli;

import dev.snapgate.domain.internal.BodyDigest;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.internal.SignedPath;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.signing.HmacSha512Signer;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints the HMAC-SHA512 signature of a service call. */
@Command(name = "sign-request", mixinStandardHelpOptions = true,
        description = "Print the X-SIGNATURE (HMAC-SHA512) of a SNAP service call. The body file's bytes are signed"
                + " exactly as they are: send those same bytes.")
final class SignRequestCommand implements Callable<Integer> {

    @ParentCommand
    SnapgateCli root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--method", required = true, paramLabel = "M", description = "POST or DELETE")
    String method;

    @Option(names = "--path", required = true, paramLabel = "P",
            description = "request path as sent, e.g. /nicepay/api/v1.0/transfer-va/create-va (the /nicepay prefix is"
                    + " stripped for signing)")
    String path;

    @Option(names = "--access-token-env", required = true, paramLabel = "VAR")
    String accessTokenEnv;

    @Option(names = "--client-secret-env", required = true, paramLabel = "VAR")
    String clientSecretEnv;

    @Option(names = "--timestamp", required = true, paramLabel = "TS")
    String timestamp;

    @Option(names = "--body-file", paramLabel = "F", description = "the exact body bytes (omit for an empty body)")
    String bodyFile;

    @Override
    public Integer call() {
        Secret token = Secret.of(Arguments.env(root.environment, accessTokenEnv, "--access-token-env"));
        Secret secret = Secret.of(Arguments.env(root.environment, clientSecretEnv, "--client-secret-env"));
        String signedPath;
        try {
            signedPath = SignedPath.of(path);
        } catch (IllegalArgumentException e) {
            throw new SnapConfigurationException("--path: " + e.getMessage());
        }
        byte[] body = bodyFile == null ? new byte[0] : Arguments.file(bodyFile, "--body-file");
        String upper = method.toUpperCase(Locale.ROOT);
        StringToSign sts = StringToSign.forServiceCall(upper, signedPath, token, BodyDigest.sha256Hex(body),
                Arguments.timestamp(timestamp).value());
        spec.commandLine().getErr().println("snapgate: signed " + upper + " " + signedPath + ", " + body.length
                + " body bytes (sha256 " + BodyDigest.sha256Hex(body) + ")");
        spec.commandLine().getOut().println(new HmacSha512Signer(secret).sign(sts).value());
        return ExitCodes.OK;
    }
}
