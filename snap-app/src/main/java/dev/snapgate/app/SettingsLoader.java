package dev.snapgate.app;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapConfigurationException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.snapgate.app.internal.LocalDemo;

/**
 * Builds {@link SnapgateSettings} from, in precedence order: CLI options, environment variables, an optional
 * properties file, defaults. Fails fast with a message naming the setting, where it came from and the fix.
 * Secrets are read only from environment variables or files, never from command-line values.
 *
 * <p>Setting names (CLI {@code --name}, properties key {@code name}): env, base-url, client-key, private-key,
 * key-password-env/-file, keystore, keystore-password-env/-file, key-alias, client-secret-env/-file, channel-id,
 * connect-timeout, read-timeout. Environment variables: {@code SNAPGATE_ENV}, {@code SNAPGATE_BASE_URL},
 * {@code SNAPGATE_CLIENT_KEY}, {@code SNAPGATE_PRIVATE_KEY}, {@code SNAPGATE_KEY_PASSWORD}, {@code SNAPGATE_KEYSTORE},
 * {@code SNAPGATE_KEYSTORE_PASSWORD}, {@code SNAPGATE_KEY_ALIAS}, {@code SNAPGATE_CLIENT_SECRET},
 * {@code SNAPGATE_CHANNEL_ID}, {@code SNAPGATE_CONNECT_TIMEOUT}, {@code SNAPGATE_READ_TIMEOUT},
 * {@code SNAPGATE_CONFIG}.
 */
public final class SettingsLoader {

    /** The local environment's demo merchant. */
    public static final ClientKey DEMO_CLIENT = ClientKey.of("SNAPGATE-DEMO");

    private static final Set<String> CREDENTIAL_SETTINGS = Set.of("client-key", "private-key", "keystore");
    private static final Pattern HUMAN_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

    private final SettingSources sources;

    /**
     * @param cli CLI option values by setting name (without {@code --}), only those given
     * @param environment the process environment (e.g. {@code System.getenv()})
     */
    public SettingsLoader(Map<String, String> cli, Map<String, String> environment) {
        this.sources = new SettingSources(cli, environment);
    }





    /**
     * True when an environment was chosen (an {@code env} or a {@code base-url} setting from any source); false when
     * snapgate would fall back to the embedded emulator because nothing is configured.
     */
    public boolean environmentChosen() {
        return sources.lookup("env").isPresent() || sources.lookup("base-url").isPresent();
    }

    /** Loads and validates. @throws SnapConfigurationException naming the setting and the fix */
    public SnapgateSettings load() {
        Optional<SettingSources.Found> envSetting = sources.lookup("env");
        Optional<SettingSources.Found> baseUrlSetting = sources.lookup("base-url");
        Environment environment;
        if (envSetting.isPresent()) {
            environment = Environment.parse(envSetting.get().value(), envSetting.get().origin());
        } else if (baseUrlSetting.isPresent()) {
            environment = Environment.CUSTOM;
        } else {
            Optional<SettingSources.Found> credential = CREDENTIAL_SETTINGS.stream().map(sources::lookup).flatMap(Optional::stream)
                    .findFirst();
            if (credential.isPresent()) {
                throw new SnapConfigurationException("credentials are configured (" + credential.get().origin()
                        + ") but no environment: set --env sandbox|production (or SNAPGATE_ENV), or --base-url;"
                        + " with nothing configured snapgate runs against its embedded emulator");
            }
            environment = Environment.LOCAL;
        }
        Optional<URI> baseUrl = baseUrl(environment, baseUrlSetting);
        Duration connect = duration("connect-timeout", Duration.ofSeconds(5));
        Duration read = duration("read-timeout", Duration.ofSeconds(15));
        ClientKey clientKey = clientKey(environment);
        KeySource keySource = keySource(environment);
        Optional<Secret> clientSecret = sources.secret("client-secret");
        if (environment == Environment.LOCAL && clientSecret.isEmpty()) {
            clientSecret = Optional.of(LocalDemo.secret());
        }
        String channelId = channelId(clientKey);
        return new SnapgateSettings(environment, baseUrl, clientKey, keySource, clientSecret, channelId, connect, read,
                tokenStore(), sources.secret("token-store-key"));
    }

    /** memory (the default), redis://host:port[/db] or rediss://...; a password only from the environment. */
    private Optional<URI> tokenStore() {
        Optional<SettingSources.Found> found = sources.lookup("token-store").filter(f -> !f.value().isBlank());
        if (found.isEmpty() || found.get().value().strip().equalsIgnoreCase("memory")) {
            return Optional.empty();
        }
        String text = found.get().value().strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new SnapConfigurationException("token store (from " + found.get().origin() + ") is not a URI; use"
                    + " memory, redis://host:port[/db] or rediss://host:port[/db]");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("redis") || uri.getScheme().equals("rediss"))
                || uri.getHost() == null) {
            throw new SnapConfigurationException("token store (from " + found.get().origin() + ") must be memory,"
                    + " redis://host:port[/db] or rediss://host:port[/db] (TLS)");
        }
        if (uri.getRawUserInfo() != null && !found.get().origin().equals(SettingSources.envName("token-store"))) {
            throw new SnapConfigurationException("token store (from " + found.get().origin() + ") carries a Redis"
                    + " password; passwords are taken only from the environment: put the whole URI in "
                    + SettingSources.envName("token-store") + " instead");
        }
        return Optional.of(uri);
    }

    private String channelId(ClientKey clientKey) {
        Optional<SettingSources.Found> found = sources.lookup("channel-id").filter(f -> !f.value().isBlank());
        if (found.isEmpty()) {
            return clientKey.defaultChannelId();
        }
        String value = found.get().value();
        try {
            Merchant.requireValidChannelId(value);
        } catch (IllegalArgumentException e) {
            throw new SnapConfigurationException("channel ID (from " + found.get().origin() + ") must be 1-64 visible"
                    + " ASCII characters without spaces or line breaks, e.g. " + clientKey.defaultChannelId()
                    + " (client key + 01)");
        }
        return value;
    }

    private Optional<URI> baseUrl(Environment environment, Optional<SettingSources.Found> setting) {
        if (environment == Environment.LOCAL) {
            if (setting.isPresent()) {
                throw new SnapConfigurationException("environment local runs the embedded emulator, so a base URL ("
                        + setting.get().origin() + ") makes no sense; drop it, or use --env custom");
            }
            return Optional.empty();
        }
        if (setting.isEmpty()) {
            return Optional.of(environment.defaultBaseUrl().orElseThrow(() -> new SnapConfigurationException(
                    "environment custom needs a base URL: set --base-url or SNAPGATE_BASE_URL, e.g."
                            + " https://staging.nicepay.co.id")));
        }
        URI uri;
        try {
            uri = new URI(setting.get().value().strip());
        } catch (URISyntaxException e) {
            throw new SnapConfigurationException("base URL '" + setting.get().value() + "' (from "
                    + setting.get().origin() + ") is malformed; use e.g. https://dev.nicepay.co.id");
        }
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new SnapConfigurationException("base URL '" + setting.get().value() + "' (from "
                    + setting.get().origin() + ") must be https://host[:port], e.g. https://dev.nicepay.co.id");
        }
        if (environment == Environment.PRODUCTION && !uri.getScheme().equals("https")) {
            throw new SnapConfigurationException("base URL '" + uri + "' (from " + setting.get().origin() + ") is"
                    + " plain http; production must use https" + (isLoopback(uri.getHost()) ? ", even on a loopback"
                    + " host (use --env custom for a local stand-in)" : ""));
        }
        if (uri.getScheme().equals("http") && !isLoopback(uri.getHost())) {
            throw new SnapConfigurationException("base URL '" + uri + "' (from " + setting.get().origin() + ") is"
                    + " plain http to a non-loopback host; signed requests and tokens go only over https (plain http"
                    + " is allowed for 127.0.0.1, ::1 and localhost)" + (environment == Environment.PRODUCTION
                            ? "; production must use https" : ""));
        }
        return Optional.of(uri);
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false; // a name: never resolved here, so DNS cannot make it "loopback"
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private ClientKey clientKey(Environment environment) {
        Optional<SettingSources.Found> found = sources.lookup("client-key");
        if (found.isEmpty()) {
            if (environment == Environment.LOCAL) {
                return LocalDemo.CLIENT;
            }
            throw new SnapConfigurationException("client key is missing: set --client-key or SNAPGATE_CLIENT_KEY to the"
                    + " client ID NICEPAY issued (e.g. IONPAYTEST in the sandbox)");
        }
        try {
            return ClientKey.of(found.get().value().strip());
        } catch (IllegalArgumentException e) {
            throw new SnapConfigurationException("client key from " + found.get().origin() + " is invalid: "
                    + e.getMessage());
        }
    }

    private KeySource keySource(Environment environment) {
        Optional<SettingSources.Found> pem = sources.lookup("private-key");
        Optional<SettingSources.Found> store = sources.lookup("keystore");
        if (pem.isPresent() && store.isPresent()) {
            int pemRank = SettingSources.rank(pem.get());
            int storeRank = SettingSources.rank(store.get());
            if (pemRank == storeRank) {
                throw new SnapConfigurationException("two key sources are configured (" + pem.get().origin() + " and "
                        + store.get().origin() + "); give either a private key file or a PKCS#12 keystore");
            }
            if (pemRank < storeRank) {
                store = Optional.empty();
            } else {
                pem = Optional.empty();
            }
        }
        if (pem.isPresent()) {
            return new KeySource.PemFile(Path.of(pem.get().value()), sources.secret("key-password"));
        }
        if (store.isPresent()) {
            String origin = store.get().origin();
            Secret storePassword = sources.secret("keystore-password").orElseThrow(() -> new SnapConfigurationException(
                    "keystore password is missing for " + origin + ": set SNAPGATE_KEYSTORE_PASSWORD or"
                            + " --keystore-password-env VAR / --keystore-password-file FILE"));
            return new KeySource.KeyStoreFile(Path.of(store.get().value()), storePassword,
                    sources.lookup("key-alias").map(SettingSources.Found::value).filter(s -> !s.isBlank()), sources.secret("key-password"));
        }
        if (environment == Environment.LOCAL) {
            return new KeySource.Generated();
        }
        throw new SnapConfigurationException("no private key is configured: set --private-key FILE (or"
                + " SNAPGATE_PRIVATE_KEY) for a PEM or bare Base64 key, or --keystore FILE (or SNAPGATE_KEYSTORE) for"
                + " a PKCS#12 keystore");
    }

    /** Only the key source (for commands that sign without an environment). */
    public KeySource requireKeySource() {
        return keySource(Environment.CUSTOM);
    }




    private Duration duration(String name, Duration fallback) {
        Optional<SettingSources.Found> found = sources.lookup(name);
        if (found.isEmpty()) {
            return fallback;
        }
        Duration d = parseDuration(found.get().value(), name, found.get().origin());
        if (d.isNegative() || d.isZero()) {
            throw new SnapConfigurationException(name.replace('-', ' ') + " must be positive, got '"
                    + found.get().value() + "' (from " + found.get().origin() + "); e.g. 5s, 500ms or PT15S");
        }
        if (d.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new SnapConfigurationException(name.replace('-', ' ') + " of " + d.toSeconds() + " s (from "
                    + found.get().origin() + ") is longer than 10 minutes; a payment API needs seconds");
        }
        return d;
    }

    /**
     * Parses a human duration ({@code 5s}, {@code 500ms}, {@code 2m}) or ISO-8601 ({@code PT15S}); a negative one comes
     * back negative so callers can say so.
     *
     * @throws SnapConfigurationException naming {@code name} and {@code origin} when it is not a duration
     */
    public static Duration parseDuration(String text, String name, String origin) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("-")) {
            return Duration.ofMillis(-1);
        }
        Matcher m = HUMAN_DURATION.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            };
        }
        try {
            return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new SnapConfigurationException(name.replace('-', ' ') + " '" + text + "' (from " + origin + ") is not"
                    + " a duration; use e.g. 5s, 500ms, 2m or PT15S");
        }
    }


    /** The names accepted as CLI options and properties keys, for documentation and tests. */
    public static List<String> settingNames() {
        return List.of("env", "base-url", "client-key", "private-key", "key-password-env", "key-password-file",
                "keystore", "keystore-password-env", "keystore-password-file", "key-alias", "client-secret-env",
                "client-secret-file", "channel-id", "connect-timeout", "read-timeout", "token-store",
                "token-store-key-env", "token-store-key-file", "config");
    }
}
