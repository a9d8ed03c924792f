/**
 * Key loading and signing with JDK crypto only: private keys from bare Base64 PKCS#8 DER, PEM PKCS#8, PEM PKCS#1,
 * encrypted PEM PKCS#8 and PKCS#12 keystores; public keys from bare Base64 SPKI, PEM and X.509 certificates;
 * {@code SHA256withRSA} and {@code HMAC-SHA512} signers and an RSA verifier implementing the domain's ports.
 * {@link java.security.PrivateKey} objects never leave this package: callers hold an opaque
 * {@link dev.snapgate.signing.SigningKey}. Every failure is a {@link dev.snapgate.domain.error.SnapKeyException} naming the
 * file, the format detected and the fix.
 */
package dev.snapgate.signing;
