package dev.snapgate.cli;

import dev.snapgate.domain.Secret;
import dev.snapgate.domain.SnapKeyException;
import dev.snapgate.signing.KeyInfo;
import dev.snapgate.signing.PemKeyLoader;
import dev.snapgate.signing.Pkcs12KeyStoreLoader;
import dev.snapgate.signing.PublicKeyLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Key utilities. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Key utilities.",
        subcommands = KeysCommand.Inspect.class)
final class KeysCommand implements Runnable {

    @ParentCommand
    SnapgateCli root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: try 'snapgate keys"
                + " inspect FILE'");
    }

    /** Describes a key file without ever printing the key. */
    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = "Show a key file's format, algorithm, size (warning under 2048 bits) and public-key"
                    + " fingerprint. Never prints the key.")
    static final class Inspect implements Callable<Integer> {

        @ParentCommand
        KeysCommand keys;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "private key, public key, certificate or PKCS#12 keystore")
        Path file;

        @Option(names = "--password-env", paramLabel = "VAR",
                description = "environment variable holding the key (or keystore) password")
        String passwordEnv;

        @Option(names = "--key-alias", paramLabel = "ALIAS", description = "alias in a PKCS#12 keystore")
        String alias;

        @Override
        public Integer call() throws IOException {
            Optional<Secret> password = Optional.ofNullable(passwordEnv)
                    .map(v -> Secret.of(Arguments.env(keys.root.environment, v, "--password-env")));
            KeyInfo info = describe(password);
            PrintWriter out = spec.commandLine().getOut();
            out.println("file        : " + file);
            out.println("format      : " + info.format().description());
            out.println("algorithm   : " + info.algorithm());
            out.println("size        : " + info.bits() + " bits");
            out.println("public key  : " + info.publicKeyFingerprint());
            info.warnings().forEach(w -> out.println("warning     : " + w));
            return ExitCodes.OK;
        }

        /** DER (a PKCS#12 store) starts with a SEQUENCE tag; only the first byte is read, whatever the file's size. */
        private boolean startsWithDer() throws IOException {
            try (java.io.InputStream in = Files.newInputStream(file)) {
                return in.read() == 0x30;
            }
        }

        private KeyInfo describe(Optional<Secret> password) throws IOException {
            boolean looksLikeKeystore = Files.isRegularFile(file) && Files.size(file) > 0
                    && (file.toString().endsWith(".p12") || file.toString().endsWith(".pfx") || startsWithDer());
            if (looksLikeKeystore) {
                Secret storePassword = password.orElseThrow(() -> new SnapKeyException(file + " looks like a PKCS#12"
                        + " keystore; give its password with --password-env VAR"));
                return Pkcs12KeyStoreLoader.load(file, storePassword, Optional.ofNullable(alias), Optional.empty())
                        .info();
            }
            try {
                return PemKeyLoader.load(file, password).info();
            } catch (SnapKeyException notPrivate) {
                if (notPrivate.problem() == SnapKeyException.Problem.NOT_A_PRIVATE_KEY) {
                    return PublicKeyLoader.load(file).info();
                }
                throw notPrivate;
            }
        }
    }
}
