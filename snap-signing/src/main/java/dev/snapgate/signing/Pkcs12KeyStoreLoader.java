package dev.snapgate.signing;

import dev.snapgate.domain.Secret;
import dev.snapgate.domain.SnapKeyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads an RSA private key from a PKCS#12 keystore: store password, alias (optional when the store holds exactly
 * one key) and key password (defaults to the store password). Thread-safe and stateless.
 */
public final class Pkcs12KeyStoreLoader {

    private Pkcs12KeyStoreLoader() {
    }

    public static SigningKey load(Path path, Secret storePassword, Optional<String> alias,
            Optional<Secret> keyPassword) {
        Objects.requireNonNull(storePassword, "storePassword");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(keyPassword, "keyPassword");
        byte[] bytes = KeyText.readFile(path, "PKCS#12 keystore");
        if (!KeyText.isBinary(bytes) && KeyText.ascii(bytes).contains("-----BEGIN")) {
            throw new SnapKeyException(path + " is a PEM file, not a PKCS#12 keystore; use --private-key for PEM"
                    + " and Base64 keys");
        }
        KeyStore store;
        char[] storeChars = storePassword.revealChars();
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), storeChars);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage())
                    .contains("password")) {
                throw new SnapKeyException(path + ": wrong keystore password; check SNAPGATE_KEYSTORE_PASSWORD or"
                        + " the variable given with --keystore-password-env");
            }
            throw new SnapKeyException(path + " is not a readable PKCS#12 keystore (" + KeyFormat.PKCS12
                    + " expected); check the file, or use --private-key for PEM and Base64 keys", e);
        } catch (GeneralSecurityException e) {
            throw new SnapKeyException(path + " cannot be opened as a PKCS#12 keystore ("
                    + e.getClass().getSimpleName() + "); check the file and its password", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        try {
            String chosen = chooseAlias(store, path, alias);
            char[] keyChars = keyPassword.orElse(storePassword).revealChars();
            Key key;
            try {
                key = store.getKey(chosen, keyChars);
            } catch (UnrecoverableKeyException e) {
                throw new SnapKeyException(path + ": wrong key password for alias '" + chosen + "'; check"
                        + " SNAPGATE_KEY_PASSWORD (it defaults to the keystore password)");
            } finally {
                Arrays.fill(keyChars, '\0');
            }
            if (!(key instanceof PrivateKey privateKey)) {
                throw new SnapKeyException(path + ": alias '" + chosen + "' holds no private key");
            }
            RsaKeys.requireRsa(privateKey, path.toString(), KeyFormat.PKCS12);
            Certificate cert = store.getCertificate(chosen);
            var publicKey = cert != null ? cert.getPublicKey() : RsaKeys.publicOf(privateKey);
            return new SigningKey(privateKey, RsaKeys.describe(path + " (alias " + chosen + ")", KeyFormat.PKCS12,
                    privateKey, publicKey));
        } catch (GeneralSecurityException e) {
            throw new SnapKeyException(path + ": cannot read the key from the keystore (" + e.getClass().getSimpleName()
                    + ")", e);
        } finally {
            Arrays.fill(storeChars, '\0');
        }
    }

    private static String chooseAlias(KeyStore store, Path path, Optional<String> alias)
            throws GeneralSecurityException {
        List<String> keyAliases = new ArrayList<>();
        for (String a : Collections.list(store.aliases())) {
            if (store.isKeyEntry(a)) {
                keyAliases.add(a);
            }
        }
        if (alias.isPresent()) {
            if (!store.containsAlias(alias.get()) || !store.isKeyEntry(alias.get())) {
                throw new SnapKeyException(path + " has no private key under alias '" + alias.get() + "'; its key"
                        + " aliases are " + keyAliases + ". Set SNAPGATE_KEY_ALIAS or --key-alias to one of them");
            }
            return alias.get();
        }
        if (keyAliases.isEmpty()) {
            throw new SnapKeyException(path + " holds no private key (only certificates); export the keystore with"
                    + " its private key");
        }
        if (keyAliases.size() > 1) {
            throw new SnapKeyException(path + " holds " + keyAliases.size() + " private keys " + keyAliases
                    + "; choose one with SNAPGATE_KEY_ALIAS or --key-alias");
        }
        return keyAliases.get(0);
    }
}
