package dev.snapgate.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Environment, upstream, merchant and key: the options of every command that talks to SNAP. */
final class ConnectionOptions {

    @Option(names = "--env", paramLabel = "ENV", description = "local (embedded emulator, the default when nothing is configured), sandbox, production or custom [SNAPGATE_ENV]")
    String env;

    @Option(names = "--base-url", paramLabel = "URL", description = "upstream base URL, e.g. https://dev.nicepay.co.id [SNAPGATE_BASE_URL]")
    String baseUrl;

    @Option(names = "--client-key", paramLabel = "ID", description = "client ID issued by NICEPAY [SNAPGATE_CLIENT_KEY]")
    String clientKey;

    @Mixin
    KeyOptions keys = new KeyOptions();

    @Option(names = "--client-secret-env", paramLabel = "VAR", description = "environment variable holding the client secret, for service calls [SNAPGATE_CLIENT_SECRET]")
    String clientSecretEnv;

    @Option(names = "--client-secret-file", paramLabel = "FILE", description = "file holding the client secret")
    String clientSecretFile;

    @Option(names = "--channel-id", paramLabel = "ID", description = "CHANNEL-ID header (default: client key + 01) [SNAPGATE_CHANNEL_ID]")
    String channelId;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", description = "e.g. 5s (default) [SNAPGATE_CONNECT_TIMEOUT]")
    String connectTimeout;

    @Option(names = "--verbose", description = "print the attempt timeline to stderr (attempts, status, durations,"
            + " token cache result); never a token or secret")
    boolean verbose;

    @Option(names = "--read-timeout", paramLabel = "DURATION", description = "e.g. 15s (default) [SNAPGATE_READ_TIMEOUT]")
    String readTimeout;

    @Option(names = "--token-store", paramLabel = "URI", description = "where tokens are shared: memory (default),"
            + " redis://host:port[/db] or rediss://... for a fleet; a password only via SNAPGATE_TOKEN_STORE"
            + " [SNAPGATE_TOKEN_STORE]")
    String tokenStore;

    @Option(names = "--token-store-key-env", paramLabel = "VAR", description = "environment variable holding the"
            + " Base64 AES key that encrypts tokens in the shared store [SNAPGATE_TOKEN_STORE_KEY]")
    String tokenStoreKeyEnv;

    @Option(names = "--token-store-key-file", paramLabel = "FILE", description = "file holding that key")
    String tokenStoreKeyFile;

    @Option(names = "--config", paramLabel = "FILE", description = "properties file with the same setting names (secrets only as *-file paths) [SNAPGATE_CONFIG]")
    String config;

    Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        KeyOptions.put(m, "env", env);
        KeyOptions.put(m, "base-url", baseUrl);
        KeyOptions.put(m, "client-key", clientKey);
        m.putAll(keys.toMap());
        KeyOptions.put(m, "client-secret-env", clientSecretEnv);
        KeyOptions.put(m, "client-secret-file", clientSecretFile);
        KeyOptions.put(m, "channel-id", channelId);
        KeyOptions.put(m, "connect-timeout", connectTimeout);
        KeyOptions.put(m, "read-timeout", readTimeout);
        KeyOptions.put(m, "token-store", tokenStore);
        KeyOptions.put(m, "token-store-key-env", tokenStoreKeyEnv);
        KeyOptions.put(m, "token-store-key-file", tokenStoreKeyFile);
        KeyOptions.put(m, "config", config);
        return m;
    }
}
