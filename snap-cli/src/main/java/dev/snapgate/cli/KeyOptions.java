package dev.snapgate.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the merchant's private key is. Passwords only by environment variable name or file, never as values. */
final class KeyOptions {

    @Option(names = "--private-key", paramLabel = "FILE",
            description = "RSA private key: PEM (PKCS#8, PKCS#1, encrypted PKCS#8) or NICEPAY's bare Base64 [SNAPGATE_PRIVATE_KEY]")
    String privateKeyPath;

    @Option(names = "--key-password-env", paramLabel = "VAR", description = "environment variable holding the key password [SNAPGATE_KEY_PASSWORD]")
    String keyPasswordEnv;

    @Option(names = "--key-password-file", paramLabel = "FILE", description = "file holding the key password")
    String keyPasswordFile;

    @Option(names = "--keystore", paramLabel = "FILE", description = "PKCS#12 keystore [SNAPGATE_KEYSTORE]")
    String keystore;

    @Option(names = "--keystore-password-env", paramLabel = "VAR", description = "environment variable holding the keystore password [SNAPGATE_KEYSTORE_PASSWORD]")
    String keystorePasswordEnv;

    @Option(names = "--keystore-password-file", paramLabel = "FILE", description = "file holding the keystore password")
    String keystorePasswordFile;

    @Option(names = "--key-alias", paramLabel = "ALIAS", description = "alias in the keystore; optional when it holds one key [SNAPGATE_KEY_ALIAS]")
    String keyAlias;

    Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "private-key", privateKeyPath);
        put(m, "key-password-env", keyPasswordEnv);
        put(m, "key-password-file", keyPasswordFile);
        put(m, "keystore", keystore);
        put(m, "keystore-password-env", keystorePasswordEnv);
        put(m, "keystore-password-file", keystorePasswordFile);
        put(m, "key-alias", keyAlias);
        return m;
    }

    static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
