package dev.snapgate.signing;

import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapKeyException;
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
            throw new SnapKeyException(SnapKeyException.Problem.KEY_GIVEN_AS_KEYSTORE, path + " is a PEM file, not"
                    + " a PKCS#12 keystore");
        }
        KeyStore store;
        char[] storeChars = storePassword.revealChars();
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), storeChars);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage())
                    .contains("password")) {
                throw new SnapKeyException(SnapKeyException.Problem.WRONG_KEYSTORE_PASSWORD, path + ": wrong"
                        + " keystore password");
            }
            throw new SnapKeyException(SnapKeyException.Problem.KEY_GIVEN_AS_KEYSTORE, path + " is not a readable"
                    + " PKCS#12 keystore (" + KeyFormat.PKCS12 + " expected); check the file (PEM and Base64 keys"
                    + " load with PemKeyLoader)", e);
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
                throw new SnapKeyException(SnapKeyException.Problem.KEY_PASSWORD_REQUIRED, path + ": wrong key"
                        + " password for alias '" + chosen + "' (it defaults to the keystore password)");
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
                throw new SnapKeyException(SnapKeyException.Problem.ALIAS_NOT_FOUND, path + " has no private key"
                        + " under alias '" + alias.get() + "'; its key aliases are " + keyAliases + "; choose one of"
                        + " them");
            }
            return alias.get();
        }
        if (keyAliases.isEmpty()) {
            throw new SnapKeyException(path + " holds no private key (only certificates); export the keystore with"
                    + " its private key");
        }
        if (keyAliases.size() > 1) {
            throw new SnapKeyException(SnapKeyException.Problem.ALIAS_REQUIRED, path + " holds " + keyAliases.size()
                    + " private keys " + keyAliases + "; choose one as the alias");
        }
        return keyAliases.get(0);
    }
}
