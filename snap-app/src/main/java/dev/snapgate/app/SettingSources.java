package dev.snapgate.app;

import dev.snapgate.app.internal.BoundedFile;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapConfigurationException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Where a setting's value comes from, in precedence order: CLI options, environment variables ({@code SNAPGATE_*}),
 * the properties file named by {@code config}. Secrets only from environment variables or files. Immutable.
 */
final class SettingSources {

    private static final Set<String> RAW_SECRETS = Set.of("key-password", "keystore-password", "client-secret",
            "token-store-key");

    private final Map<String, String> cli;
    private final Map<String, String> env;
    private final Properties file = new Properties();
    private final String fileName;

    SettingSources(Map<String, String> cli, Map<String, String> environment) {
        this.cli = Map.copyOf(Objects.requireNonNull(cli, "cli"));
        this.env = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        Optional<String> config = Optional.ofNullable(this.cli.get("config"))
                .or(() -> Optional.ofNullable(this.env.get("SNAPGATE_CONFIG")));
        this.fileName = config.orElse(null);
        config.ifPresent(this::readFile);
    }

    private void readFile(String name) {
        Path path = Path.of(name);
        byte[] bytes = BoundedFile.read(path, 256 * 1024, "config file " + name + " (from --config or"
                + " SNAPGATE_CONFIG)");
        try (Reader reader = new StringReader(new String(bytes, StandardCharsets.UTF_8))) {
            file.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new SnapConfigurationException("config file " + name + " cannot be read as a properties file ("
                    + e.getClass().getSimpleName() + "); use key=value lines such as env=sandbox");
        }
        for (String key : RAW_SECRETS) {
            if (file.containsKey(key)) {
                throw new SnapConfigurationException("config file " + name + " holds '" + key + "' as plain text;"
                        + " secrets go in an environment variable or a file: use " + key + "-file=PATH or "
                        + envName(key));
            }
        }
    }

    /** A value with where it came from, for messages. */
    record Found(String value, String origin) {
    }

    /** The value of setting {@code name} from the first source that has it. */
    Optional<Found> lookup(String name) {
        if (cli.containsKey(name)) {
            return Optional.of(new Found(cli.get(name), "--" + name));
        }
        String envName = envName(name);
        if (env.containsKey(envName) && !env.get(envName).isBlank()) {
            return Optional.of(new Found(env.get(envName), envName));
        }
        if (file.containsKey(name)) {
            return Optional.of(new Found(file.getProperty(name).strip(), "config file " + fileName + " (" + name
                    + ")"));
        }
        return Optional.empty();
    }

    static String envName(String name) {
        return "SNAPGATE_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** 0 for the command line, 1 for the environment, 2 for the file: a lower rank wins. */
    static int rank(Found found) {
        return found.origin().startsWith("--") ? 0 : found.origin().startsWith("SNAPGATE_") ? 1 : 2;
    }

    /** A secret from {@code --NAME-env VAR}, {@code --NAME-file F}, {@code SNAPGATE_NAME}, or {@code NAME-file=} in the config file. */
    Optional<Secret> secret(String name) {
        if (cli.containsKey(name + "-env")) {
            String variable = cli.get(name + "-env");
            String value = env.get(variable);
            if (value == null || value.isEmpty()) {
                throw new SnapConfigurationException("environment variable " + variable + " (named by --" + name
                        + "-env) is not set or empty; export it first");
            }
            return Optional.of(Secret.of(value));
        }
        if (cli.containsKey(name + "-file")) {
            return Optional.of(readSecretFile(cli.get(name + "-file"), "--" + name + "-file"));
        }
        String envName = envName(name);
        if (env.containsKey(envName) && !env.get(envName).isEmpty()) {
            return Optional.of(Secret.of(env.get(envName)));
        }
        if (file.containsKey(name + "-file")) {
            return Optional.of(readSecretFile(file.getProperty(name + "-file").strip(), "config file " + fileName
                    + " (" + name + "-file)"));
        }
        return Optional.empty();
    }

    private static Secret readSecretFile(String name, String origin) {
        String text = new String(BoundedFile.read(Path.of(name), 64 * 1024, name + " (from " + origin + ")"),
                StandardCharsets.UTF_8);
        String secret = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (secret.isEmpty()) {
            throw new SnapConfigurationException(name + " (from " + origin + ") is empty; put the secret in it");
        }
        return Secret.of(secret);
    }
}
