package dev.snapgate.signing;

/** The key encodings snapgate recognises, with a human name for messages and {@code keys inspect}. */
public enum KeyFormat {
    BARE_BASE64_PKCS8("bare Base64 PKCS#8 DER"),
    PEM_PKCS8("PEM PKCS#8 (BEGIN PRIVATE KEY)"),
    PEM_PKCS1("PEM PKCS#1 (BEGIN RSA PRIVATE KEY)"),
    PEM_ENCRYPTED_PKCS8("PEM encrypted PKCS#8 (BEGIN ENCRYPTED PRIVATE KEY)"),
    PKCS12("PKCS#12 keystore"),
    BARE_BASE64_SPKI("bare Base64 X.509 SubjectPublicKeyInfo"),
    PEM_PUBLIC_KEY("PEM public key (BEGIN PUBLIC KEY)"),
    X509_CERTIFICATE("X.509 certificate");

    private final String description;

    KeyFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
