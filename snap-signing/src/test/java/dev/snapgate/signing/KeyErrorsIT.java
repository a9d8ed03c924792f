package dev.snapgate.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapKeyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad key input names the file, what was detected and the fix, and never echoes key material. */
class KeyErrorsIT {

    @TempDir
    Path dir;

    private static SigningKey pem(String fixture) {
        return PemKeyLoader.load(Fixtures.file(fixture), Optional.empty());
    }

    @Test
    void missingFile_saysItDoesNotExist() {
        Path missing = dir.resolve("nope.pem");
        assertThatThrownBy(() -> PemKeyLoader.load(missing, Optional.empty()))
                .isInstanceOf(SnapKeyException.class).hasMessage(missing + " does not exist; check the private key path");
    }

    @Test
    void directory_saysGiveTheFile() {
        assertThatThrownBy(() -> PemKeyLoader.load(dir, Optional.empty()))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("is a directory");
    }

    @Test
    void emptyFile_saysEmpty() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.pem"));
        assertThatThrownBy(() -> PemKeyLoader.load(empty, Optional.empty()))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("is empty");
    }

    @Test
    void multiMegabyteFile_isRefusedAsTheWrongFile() throws IOException {
        Path big = dir.resolve("big.pem");
        Files.write(big, new byte[3 * 1024 * 1024]);
        assertThatThrownBy(() -> PemKeyLoader.load(big, Optional.empty()))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("far too large");
    }

    @Test
    void truncatedPem_saysTruncated() {
        assertThatThrownBy(() -> pem("keys/truncated.pem"))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("has no END line").hasMessageContaining("truncated");
    }

    @Test
    void binaryGarbage_pointsToKeystoreOrDerConversion() {
        assertThatThrownBy(() -> pem("keys/garbage.bin"))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("binary file").hasMessageContaining("Pkcs12KeyStoreLoader")
                .satisfies(e -> assertThat(((SnapKeyException) e).problem())
                        .isEqualTo(SnapKeyException.Problem.KEYSTORE_GIVEN_AS_KEY));
    }

    @Test
    void ecKey_isRefusedAsNotRsa() {
        assertThatThrownBy(() -> pem("keys/ec.pkcs8.pem"))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("EC private key").hasMessageContaining("RSA");
        assertThatThrownBy(() -> pem("keys/ec.sec1.pem"))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("EC PRIVATE KEY");
    }

    @Test
    void dsaKey_isRefusedAsNotRsa() {
        assertThatThrownBy(() -> pem("keys/dsa.pkcs8.pem"))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("DSA private key");
    }

    @Test
    void certificateWhereAPrivateKeyIsExpected_saysSo() {
        assertThatThrownBy(() -> pem("keys/rsa2048.cert.pem"))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("certificate").hasMessageContaining("private key is expected");
        assertThatThrownBy(() -> pem("keys/rsa2048.spki.b64"))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("bare Base64 public key");
    }

    @Test
    void wrongPemLabel_namesTheLabel() throws IOException {
        Path file = dir.resolve("csr.pem");
        Files.writeString(file, "-----BEGIN CERTIFICATE REQUEST-----\nMIIBAA==\n-----END CERTIFICATE REQUEST-----\n");
        assertThatThrownBy(() -> PemKeyLoader.load(file, Optional.empty()))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("'CERTIFICATE REQUEST'");
    }

    @Test
    void encryptedKeyWithoutPassword_asksForIt() {
        assertThatThrownBy(() -> pem("keys/rsa2048.encrypted.pem"))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("give its password");
    }

    @Test
    void encryptedKeyWithWrongPassword_saysWrongPasswordWithoutEchoingIt() {
        assertThatThrownBy(() -> PemKeyLoader.load(Fixtures.file("keys/rsa2048.encrypted.pem"),
                Optional.of(Secret.of("not-the-password-canary"))))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("wrong password")
                .hasMessageNotContaining("not-the-password-canary");
    }

    @Test
    void legacyEncryptedPkcs1_givesTheExactOpensslCommand() {
        assertThatThrownBy(() -> PemKeyLoader.load(Fixtures.file("keys/rsa2048.legacy-encrypted.pem"),
                Optional.of(Secret.of(Fixtures.KEY_PASSWORD))))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("Proc-Type: 4,ENCRYPTED")
                .hasMessageContaining("openssl pkcs8 -topk8 -v2 aes-256-cbc -in");
    }

    @Test
    void notBase64AtAll_saysNeitherPemNorBase64() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "this is my private key, honest!\n");
        assertThatThrownBy(() -> PemKeyLoader.load(file, Optional.empty()))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("neither PEM nor Base64");
    }

    @Test
    void pkcs12WrongStorePassword_saysSo() {
        assertThatThrownBy(() -> Pkcs12KeyStoreLoader.load(Fixtures.file("keys/rsa2048.p12"), Secret.of("wrong-canary"),
                Optional.empty(), Optional.empty()))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("wrong keystore password")
                .hasMessageNotContaining("wrong-canary");
    }

    @Test
    void pkcs12WrongAlias_listsTheAliases() {
        assertThatThrownBy(() -> Pkcs12KeyStoreLoader.load(Fixtures.file("keys/two-keys.p12"),
                Secret.of(Fixtures.STORE_PASSWORD), Optional.of("nobody"), Optional.empty()))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("no private key under alias 'nobody'")
                .hasMessageContaining("merchant").hasMessageContaining("second");
    }

    @Test
    void pkcs12SeveralKeysAndNoAlias_asksToChoose() {
        assertThatThrownBy(() -> Pkcs12KeyStoreLoader.load(Fixtures.file("keys/two-keys.p12"),
                Secret.of(Fixtures.STORE_PASSWORD), Optional.empty(), Optional.empty()))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("holds 2 private keys")
                .hasMessageContaining("choose one")
                .satisfies(e -> assertThat(((SnapKeyException) e).problem().name()).startsWith("ALIAS_"));
    }

    @Test
    void pkcs12GivenAPemFile_pointsToPrivateKeyOption() {
        assertThatThrownBy(() -> Pkcs12KeyStoreLoader.load(Fixtures.file("keys/rsa2048.pkcs8.pem"),
                Secret.of(Fixtures.STORE_PASSWORD), Optional.empty(), Optional.empty()))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("not a PKCS#12 keystore")
                .satisfies(e -> assertThat(((SnapKeyException) e).problem())
                        .isEqualTo(SnapKeyException.Problem.KEY_GIVEN_AS_KEYSTORE));
    }

    @Test
    void privateKeyGivenToThePublicKeyLoader_isRefused() {
        assertThatThrownBy(() -> PublicKeyLoader.load(Fixtures.file("keys/rsa2048.pkcs8.pem")))
                .isInstanceOf(SnapKeyException.class).hasMessageContaining("is a private key");
    }

    @Test
    void noErrorMessageEverContainsKeyMaterial() {
        String body = String.join("", Fixtures.text("keys/rsa2048.pkcs8.pem").lines().filter(l -> !l.startsWith("-----"))
                .toList());
        for (String fixture : new String[] {"keys/truncated.pem", "keys/rsa2048.encrypted.pem"}) {
            assertThatThrownBy(() -> pem(fixture)).satisfies(e -> {
                for (int i = 0; i + 16 <= body.length(); i += 16) {
                    org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain(body.substring(i, i + 16));
                }
            });
        }
    }
}
