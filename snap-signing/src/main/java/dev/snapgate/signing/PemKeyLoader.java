package dev.snapgate.signing;

import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapKeyException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Loads an RSA private key from text: bare Base64 PKCS#8 DER (NICEPAY's format, line breaks and stray spaces
 * tolerated), PEM PKCS#8, PEM PKCS#1, or encrypted PEM PKCS#8 (PBES2, with a password). Thread-safe and stateless.
 */
public final class PemKeyLoader {

    private PemKeyLoader() {
    }

    /** Loads the unencrypted key in {@code path} (PEM PKCS#8 or PKCS#1, or bare Base64). */
    public static SigningKey load(Path path) {
        return load(path, Optional.empty());
    }

    /** Loads the encrypted key in {@code path} with its {@code password}. */
    public static SigningKey load(Path path, Secret password) {
        return load(path, Optional.of(Objects.requireNonNull(password, "password")));
    }

    /** Loads the key in {@code path}; {@code password} only for an encrypted key. */
    public static SigningKey load(Path path, Optional<Secret> password) {
        Objects.requireNonNull(password, "password");
        byte[] bytes = KeyText.readFile(path, "private key");
        try {
            if (KeyText.isBinary(bytes)) {
                throw new SnapKeyException(SnapKeyException.Problem.KEYSTORE_GIVEN_AS_KEY, path + " is a binary"
                        + " file, not a PEM or Base64 key. If it is a PKCS#12 keystore (.p12/.pfx), load it with"
                        + " Pkcs12KeyStoreLoader; if it is DER, convert it with"
                        + " 'openssl pkcs8 -topk8 -nocrypt -inform DER -in " + path.getFileName() + " -out key.pem'");
            }
            return parse(KeyText.ascii(bytes), path.toString(), password);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Loads a key given as text (e.g. from an environment variable); {@code source} names it in messages. */
    public static SigningKey parse(String text, String source, Optional<Secret> password) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(password, "password");
        if (text.isBlank()) {
            throw new SnapKeyException(source + " is empty; expected a private key");
        }
        KeyText.PemBlock pem = KeyText.firstPem(text, source);
        if (pem == null) {
            return bare(text, source);
        }
        return switch (pem.label()) {
            case "PRIVATE KEY" -> rsa(RsaKeys.pkcs8(der(pem, source), source, KeyFormat.PEM_PKCS8), source,
                    KeyFormat.PEM_PKCS8);
            case "RSA PRIVATE KEY" -> {
                if (pem.legacyEncrypted()) {
                    throw new SnapKeyException(source + " is a legacy encrypted PKCS#1 key (Proc-Type: 4,ENCRYPTED),"
                            + " which needs OpenSSL's own key derivation. Convert it once with: openssl pkcs8 -topk8"
                            + " -v2 aes-256-cbc -in " + fileName(source) + " -out key-pkcs8.pem (keeps it encrypted)"
                            + " and use key-pkcs8.pem");
                }
                yield rsa(RsaKeys.pkcs1(der(pem, source), source), source, KeyFormat.PEM_PKCS1);
            }
            case "ENCRYPTED PRIVATE KEY" -> encrypted(der(pem, source), source, password);
            case "EC PRIVATE KEY", "DSA PRIVATE KEY", "OPENSSH PRIVATE KEY" -> throw new SnapKeyException(source
                    + " holds a '" + pem.label() + "'; SNAP signs with RSA (SHA256withRSA). Use the RSA key pair"
                    + " registered with NICEPAY");
            case "CERTIFICATE" -> throw new SnapKeyException(SnapKeyException.Problem.NOT_A_PRIVATE_KEY, source
                    + " is an X.509 certificate (a public key);"
                    + " a private key is expected here. Use the private key file that matches it");
            case "PUBLIC KEY", "RSA PUBLIC KEY" -> throw new SnapKeyException(
                    SnapKeyException.Problem.NOT_A_PRIVATE_KEY, source + " is a public key; a private"
                    + " key is expected here. Use the private key whose public half you registered with NICEPAY");
            default -> throw new SnapKeyException(source + " holds a PEM block '" + pem.label() + "', which is not"
                    + " a private key. Expected BEGIN PRIVATE KEY, BEGIN RSA PRIVATE KEY or BEGIN ENCRYPTED PRIVATE"
                    + " KEY");
        };
    }

    private static SigningKey bare(String text, String source) {
        byte[] der = KeyText.decodeBase64(text);
        if (der == null || der.length < 64) {
            throw new SnapKeyException(source + " is neither PEM nor Base64: expected '-----BEGIN PRIVATE KEY-----'"
                    + " or NICEPAY's bare Base64 PKCS#8 (starting MII...). Check that this is the private key file");
        }
        try {
            return rsa(RsaKeys.pkcs8(der, source, KeyFormat.BARE_BASE64_PKCS8), source, KeyFormat.BARE_BASE64_PKCS8);
        } catch (SnapKeyException notPkcs8) {
            try {
                RsaKeys.spki(der, source, KeyFormat.BARE_BASE64_SPKI);
            } catch (SnapKeyException notPublic) {
                try {
                    return rsa(RsaKeys.pkcs1(der, source), source, KeyFormat.PEM_PKCS1);
                } catch (SnapKeyException notPkcs1) {
                    throw notPkcs8;
                }
            }
            throw new SnapKeyException(SnapKeyException.Problem.NOT_A_PRIVATE_KEY, source + " is a bare Base64"
                    + " public key (SubjectPublicKeyInfo); a private key"
                    + " is expected here. Use the private key whose public half you registered with NICEPAY");
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    private static SigningKey encrypted(byte[] der, String source, Optional<Secret> password) {
        if (password.isEmpty()) {
            throw new SnapKeyException(SnapKeyException.Problem.PASSWORD_REQUIRED, source + " is an encrypted"
                    + " private key (" + KeyFormat.PEM_ENCRYPTED_PKCS8 + "); give its password");
        }
        EncryptedPrivateKeyInfo info;
        try {
            info = new EncryptedPrivateKeyInfo(der);
        } catch (java.io.IOException e) {
            throw new SnapKeyException(source + " is not a valid encrypted PKCS#8 key; the file may be truncated", e);
        }
        // On JDK 17 getAlgName() says "PBES2"; the parameters name the real scheme, e.g. PBEWithHmacSHA256AndAES_256.
        String scheme = info.getAlgParameters() == null ? info.getAlgName() : info.getAlgParameters().toString();
        char[] chars = password.get().revealChars();
        PBEKeySpec spec = new PBEKeySpec(chars);
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance(scheme);
            Cipher cipher = Cipher.getInstance(scheme);
            cipher.init(Cipher.DECRYPT_MODE, factory.generateSecret(spec), info.getAlgParameters());
            PKCS8EncodedKeySpec keySpec = info.getKeySpec(cipher);
            byte[] plain = keySpec.getEncoded();
            try {
                return rsa(RsaKeys.pkcs8(plain, source, KeyFormat.PEM_ENCRYPTED_PKCS8), source,
                        KeyFormat.PEM_ENCRYPTED_PKCS8);
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (java.security.spec.InvalidKeySpecException e) {
            throw new SnapKeyException(SnapKeyException.Problem.WRONG_PASSWORD, source + ": wrong password for the"
                    + " encrypted private key");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new SnapKeyException(source + " is encrypted with " + scheme + ", which this JDK does not support;"
                    + " re-encrypt it with: openssl pkcs8 -topk8 -v2 aes-256-cbc -in " + fileName(source)
                    + " -out key-pkcs8.pem", e);
        } catch (GeneralSecurityException e) {
            throw new SnapKeyException(source + ": cannot decrypt the private key (" + e.getClass().getSimpleName()
                    + "); check the password, or re-encrypt with openssl pkcs8 -topk8 -v2 aes-256-cbc", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    private static byte[] der(KeyText.PemBlock pem, String source) {
        byte[] der = KeyText.decodeBase64(pem.base64());
        if (der == null || der.length == 0) {
            throw new SnapKeyException(source + ": the '" + pem.label() + "' block is not valid Base64; the file is"
                    + " damaged. Copy the key file again");
        }
        return der;
    }

    private static SigningKey rsa(PrivateKey key, String source, KeyFormat format) {
        RsaKeys.requireRsa(key, source, format);
        return new SigningKey(key, RsaKeys.describe(source, format, key, RsaKeys.publicOf(key)));
    }

    private static String fileName(String source) {
        int slash = source.lastIndexOf('/');
        return slash >= 0 ? source.substring(slash + 1) : source;
    }
}
