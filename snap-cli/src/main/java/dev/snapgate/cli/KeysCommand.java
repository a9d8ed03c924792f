package dev.snapgate.cli;

import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.error.SnapKeyException;
import dev.snapgate.signing.GeneratedKeyPair;
import dev.snapgate.signing.KeyInfo;
import dev.snapgate.signing.PemKeyLoader;
import dev.snapgate.signing.Pkcs12KeyStoreLoader;
import dev.snapgate.signing.PublicKeyLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Key utilities. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Key utilities.",
        subcommands = {KeysCommand.Inspect.class, KeysCommand.Generate.class})
final class KeysCommand implements Runnable {

    @ParentCommand
    SnapgateCli root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: try 'snapgate keys"
                + " generate --private-key FILE --public-key FILE' or 'snapgate keys inspect FILE'");
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

    /** Makes an RSA key pair: the private key owner-readable only, never overwriting a file. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Make an RSA key pair (e.g. the merchant's SNAP key, or NICEPAY's keys for a local test):"
                    + " the private key as PEM PKCS#8, readable by you only; the public key as PEM, to give NICEPAY"
                    + " (or snapgate serve). Never overwrites a file. Prints the public key's fingerprint, never a"
                    + " key.")
    static final class Generate implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--private-key", required = true, paramLabel = "FILE", description = "where the private key"
                + " goes (a new file)")
        Path privateKey;

        @Option(names = "--public-key", required = true, paramLabel = "FILE", description = "where the public key"
                + " goes (a new file)")
        Path publicKey;

        @Option(names = "--bits", paramLabel = "N", defaultValue = "2048", description = "key size: 2048 (default),"
                + " 3072 or 4096")
        int bits;

        @Override
        public Integer call() throws IOException {
            if (bits != 2048 && bits != 3072 && bits != 4096) {
                throw new SnapConfigurationException("--bits must be 2048, 3072 or 4096 (SNAP uses RSA-2048)");
            }
            for (Path p : List.of(privateKey, publicKey)) {
                if (Files.exists(p)) {
                    throw new SnapConfigurationException(p + " exists; keys generate never overwrites a file: choose"
                            + " another path or move it away");
                }
            }
            if (privateKey.toAbsolutePath().normalize().equals(publicKey.toAbsolutePath().normalize())) {
                throw new SnapConfigurationException("--private-key and --public-key must be two different files");
            }
            GeneratedKeyPair pair = GeneratedKeyPair.rsa(bits);
            pair.writePrivateKey(privateKey);
            Files.writeString(publicKey, pair.verifier().toPem(), java.nio.charset.StandardCharsets.US_ASCII);
            PrintWriter out = spec.commandLine().getOut();
            out.println("private key : " + privateKey + " (PEM PKCS#8, RSA " + bits + ", readable by you only; keep it"
                    + " secret)");
            out.println("public key  : " + publicKey + " (PEM)");
            out.println("fingerprint : " + PublicKeyLoader.load(publicKey).info().publicKeyFingerprint());
            return ExitCodes.OK;
        }
    }
}
