package dev.snapgate.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Test fixtures (keys under {@code keys/}, SNAP-SPEC §7 vectors under {@code vectors/}), shared with other modules
 * through this module's test-jar. Resources inside a jar are copied to a temporary file.
 */
public final class Fixtures {

    /** Password of {@code keys/rsa2048.encrypted.pem} and {@code keys/rsa2048.legacy-encrypted.pem}. */
    public static final String KEY_PASSWORD = "fixture-key-pass";
    /** Store password of {@code keys/rsa2048.p12} and {@code keys/two-keys.p12}. */
    public static final String STORE_PASSWORD = "fixture-store-pass";

    private Fixtures() {
    }

    public static Path file(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            Path copy = Files.createTempFile("snapgate-fixture-", "-" + name.replace('/', '_'));
            copy.toFile().deleteOnExit();
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The RSA-2048 fixture key as a loaded signing key. */
    public static SigningKey rsa2048() {
        return PemKeyLoader.load(file("keys/rsa2048.pkcs8.pem"), java.util.Optional.empty());
    }

    /** A verifier for {@link #rsa2048()}. */
    public static RsaSha256Verifier rsa2048Public() {
        return PublicKeyLoader.load(file("keys/rsa2048.public.pem"));
    }
}
