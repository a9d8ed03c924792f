package dev.snapgate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every private-key form a merchant may hold signs, and the signature verifies with every public-key form. */
class KeyFormatsIT {

    private static final StringToSign STS = StringToSign.forTokenRequest(ClientKey.of("IONPAYTEST"),
            SnapTimestamp.parse("2024-12-31T10:11:40+07:00"));

    static Stream<Arguments> privateKeys() {
        return Stream.of(
                Arguments.of("PEM PKCS#8", PemKeyLoader.load(Fixtures.file("keys/rsa2048.pkcs8.pem"), Optional.empty()),
                        KeyFormat.PEM_PKCS8),
                Arguments.of("PEM PKCS#1", PemKeyLoader.load(Fixtures.file("keys/rsa2048.pkcs1.pem"), Optional.empty()),
                        KeyFormat.PEM_PKCS1),
                Arguments.of("bare Base64 with stray spaces",
                        PemKeyLoader.load(Fixtures.file("keys/rsa2048.pkcs8.b64"), Optional.empty()),
                        KeyFormat.BARE_BASE64_PKCS8),
                Arguments.of("encrypted PKCS#8", PemKeyLoader.load(Fixtures.file("keys/rsa2048.encrypted.pem"),
                        Optional.of(Secret.of(Fixtures.KEY_PASSWORD))), KeyFormat.PEM_ENCRYPTED_PKCS8),
                Arguments.of("PKCS#12 single key, no alias", Pkcs12KeyStoreLoader.load(Fixtures.file("keys/rsa2048.p12"),
                        Secret.of(Fixtures.STORE_PASSWORD), Optional.empty(), Optional.empty()), KeyFormat.PKCS12),
                Arguments.of("PKCS#12 two keys, alias", Pkcs12KeyStoreLoader.load(Fixtures.file("keys/two-keys.p12"),
                        Secret.of(Fixtures.STORE_PASSWORD), Optional.of("merchant"), Optional.empty()),
                        KeyFormat.PKCS12));
    }

    static Stream<Arguments> publicKeys() {
        return Stream.of(
                Arguments.of("PEM public key", "keys/rsa2048.public.pem", KeyFormat.PEM_PUBLIC_KEY),
                Arguments.of("bare Base64 SPKI", "keys/rsa2048.spki.b64", KeyFormat.BARE_BASE64_SPKI),
                Arguments.of("X.509 certificate", "keys/rsa2048.cert.pem", KeyFormat.X509_CERTIFICATE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("privateKeys")
    void everyPrivateKeyForm_signsTheSameKeyAndVerifies(String name, SigningKey key, KeyFormat format) {
        Signature signature = key.signer().sign(STS);

        assertThat(key.info().format()).isEqualTo(format);
        assertThat(key.info().bits()).isEqualTo(2048);
        assertThat(key.info().warnings()).isEmpty();
        assertThat(key.info().publicKeyFingerprint()).isEqualTo(Fixtures.rsa2048Public().info().publicKeyFingerprint());
        assertThat(Fixtures.rsa2048Public().verify(STS, signature)).isTrue();
        // RSASSA-PKCS1-v1_5 is deterministic: every form of the same key gives the same bytes
        assertThat(signature).isEqualTo(Fixtures.rsa2048().signer().sign(STS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicKeys")
    void everyPublicKeyForm_verifiesAndRejectsAnotherKeysSignature(String name, String file, KeyFormat format) {
        RsaSha256Verifier verifier = PublicKeyLoader.load(Fixtures.file(file));
        Signature mine = Fixtures.rsa2048().signer().sign(STS);
        Signature other = PemKeyLoader.load(Fixtures.file("keys/other2048.pkcs8.pem"), Optional.empty()).signer()
                .sign(STS);

        assertThat(verifier.info().format()).isEqualTo(format);
        assertThat(verifier.verify(STS, mine)).isTrue();
        assertThat(verifier.verify(STS, other)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void a1024BitKey_loadsWithAWarning() {
        SigningKey key = PemKeyLoader.load(Fixtures.file("keys/rsa1024.pkcs8.pem"), Optional.empty());

        assertThat(key.info().bits()).isEqualTo(1024);
        assertThat(key.info().warnings()).singleElement().asString().contains("1024 bits").contains("2048");
    }

    @org.junit.jupiter.api.Test
    void signingKeyToString_describesTheKeyWithoutMaterial() {
        SigningKey key = Fixtures.rsa2048();
        String pemBody = Fixtures.text("keys/rsa2048.pkcs8.pem").lines().skip(1).findFirst().orElseThrow();

        assertThat(key.toString()).contains("2048 bits").doesNotContain(pemBody.substring(0, 20));
        assertThat(key.signer().toString()).isEqualTo("RsaSha256Signer");
    }
}
