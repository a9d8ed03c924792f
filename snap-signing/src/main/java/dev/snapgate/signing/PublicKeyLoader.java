package dev.snapgate.signing;

import dev.snapgate.domain.error.SnapKeyException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Objects;

/**
 * Loads an RSA public key for verification: bare Base64 SubjectPublicKeyInfo (as NICEPAY hands it out), PEM
 * {@code PUBLIC KEY}, or an X.509 certificate (PEM or DER). Thread-safe and stateless.
 */
public final class PublicKeyLoader {

    private PublicKeyLoader() {
    }

    /** A verifier over the public key in {@code path}. */
    public static RsaSha256Verifier load(Path path) {
        byte[] bytes = KeyText.readFile(path, "public key");
        if (KeyText.isBinary(bytes)) {
            return certificate(bytes, path.toString(), KeyFormat.X509_CERTIFICATE);
        }
        return parse(KeyText.ascii(bytes), path.toString());
    }

    /** A verifier over a public key given as text; {@code source} names it in messages. */
    public static RsaSha256Verifier parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (text.isBlank()) {
            throw new SnapKeyException(source + " is empty; expected a public key");
        }
        KeyText.PemBlock pem = KeyText.firstPem(text, source);
        if (pem == null) {
            byte[] der = KeyText.decodeBase64(text);
            if (der == null) {
                throw new SnapKeyException(source + " is neither PEM nor Base64; expected NICEPAY's bare Base64"
                        + " public key (starting MIIB... or MIGf...), '-----BEGIN PUBLIC KEY-----' or a certificate");
            }
            return verifier(RsaKeys.spki(der, source, KeyFormat.BARE_BASE64_SPKI), source,
                    KeyFormat.BARE_BASE64_SPKI);
        }
        byte[] der = KeyText.decodeBase64(pem.base64());
        if (der == null) {
            throw new SnapKeyException(source + ": the '" + pem.label() + "' block is not valid Base64; copy the"
                    + " file again");
        }
        return switch (pem.label()) {
            case "PUBLIC KEY" -> verifier(RsaKeys.spki(der, source, KeyFormat.PEM_PUBLIC_KEY), source,
                    KeyFormat.PEM_PUBLIC_KEY);
            case "CERTIFICATE" -> certificate(der, source, KeyFormat.X509_CERTIFICATE);
            case "PRIVATE KEY", "RSA PRIVATE KEY", "ENCRYPTED PRIVATE KEY" -> throw new SnapKeyException(source
                    + " is a private key; verification needs the public key. Extract it with: openssl pkey -pubout"
                    + " -in " + source + " (and never hand the private key to a verifier)");
            default -> throw new SnapKeyException(source + " holds a PEM block '" + pem.label() + "'; expected"
                    + " BEGIN PUBLIC KEY or BEGIN CERTIFICATE");
        };
    }

    private static RsaSha256Verifier certificate(byte[] der, String source, KeyFormat format) {
        try {
            var cert = CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            return verifier(cert.getPublicKey(), source, format);
        } catch (CertificateException e) {
            throw new SnapKeyException(source + " is not a valid X.509 certificate or public key; expected NICEPAY's"
                    + " bare Base64 public key, '-----BEGIN PUBLIC KEY-----' or a certificate", e);
        }
    }

    private static RsaSha256Verifier verifier(PublicKey key, String source, KeyFormat format) {
        RsaKeys.requireRsa(key, source, format);
        return new RsaSha256Verifier(key, RsaKeys.describe(source, format, key, key));
    }
}
