package dev.snapgate.signing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

/**
 * A fresh RSA key pair that lives only in memory: the throwaway demo merchant of the local emulator environment, and
 * tests. The private half stays inside {@link SigningKey}.
 */
public record GeneratedKeyPair(SigningKey signingKey, RsaSha256Verifier verifier) {

    /** Generates an RSA key pair of {@code bits} (2048 or more recommended). */
    public static GeneratedKeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            KeyPair pair = generator.generateKeyPair();
            KeyInfo info = RsaKeys.describe("generated in memory", KeyFormat.PEM_PKCS8, pair.getPrivate(),
                    pair.getPublic());
            return new GeneratedKeyPair(new SigningKey(pair.getPrivate(), info),
                    new RsaSha256Verifier(pair.getPublic(), info));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is required by every JDK", e);
        }
    }

    /**
     * Writes the private half as PEM PKCS#8 to {@code path}, readable by the owner only: for the standalone
     * emulator's demo merchant, so a person can point {@code snapgate token --private-key} at it. Never use it for
     * a real key.
     */
    public void writeDemoPrivateKey(java.nio.file.Path path) throws java.io.IOException {
        java.nio.file.Files.deleteIfExists(path);
        writePrivateKey(path);
    }

    /**
     * Writes the private half as PEM PKCS#8 to a new file {@code path}, created readable and writable by the owner
     * only (on a POSIX file system) before any key byte is written.
     *
     * @throws java.nio.file.FileAlreadyExistsException when {@code path} exists: a key is never overwritten
     */
    public void writePrivateKey(java.nio.file.Path path) throws java.io.IOException {
        String base64 = java.util.Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(signingKey.privateKey().getEncoded());
        String pem = "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
        boolean posix = path.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            java.nio.file.Files.createFile(path, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } else {
            java.nio.file.Files.createFile(path);
        }
        java.nio.file.Files.writeString(path, pem, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
