package dev.snapgate.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapKeyException;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import org.junit.jupiter.api.Test;

/** A merchant in one call, from a PEM file, an encrypted PEM or a PKCS#12 entry, and a client secret. */
class MerchantKeysIT {

    private static final StringToSign TOKEN = StringToSign.forTokenRequest(ClientKey.of("IONPAYTEST"),
            SnapTimestamp.parse("2026-12-04T10:00:00+07:00"));

    @Test
    void fromPem_signsTokensWithTheFilesKey_andServiceCallsWithTheSecret() {
        Merchant m = MerchantKeys.fromPem("IONPAYTEST", Fixtures.file("keys/rsa2048.pkcs8.pem"), Secret.of("s3"));

        assertThat(m.clientKey()).isEqualTo(ClientKey.of("IONPAYTEST"));
        assertThat(Fixtures.rsa2048Public().verify(TOKEN, m.tokenSigner().sign(TOKEN))).isTrue();
        assertThat(m.requestSigner().orElseThrow().sign(TOKEN))
                .isEqualTo(new HmacSha512Signer(Secret.of("s3")).sign(TOKEN));
    }

    @Test
    void anEncryptedPem_andAKeystoreEntry_giveTheSameKey() {
        Merchant encrypted = MerchantKeys.fromEncryptedPem("IONPAYTEST", Fixtures.file("keys/rsa2048.encrypted.pem"),
                Secret.of(Fixtures.KEY_PASSWORD), Secret.of("s3"));
        Merchant stored = MerchantKeys.fromPkcs12("IONPAYTEST", Fixtures.file("keys/rsa2048.p12"),
                Secret.of(Fixtures.STORE_PASSWORD), "merchant", Secret.of("s3"));

        assertThat(Fixtures.rsa2048Public().verify(TOKEN, encrypted.tokenSigner().sign(TOKEN))).isTrue();
        assertThat(Fixtures.rsa2048Public().verify(TOKEN, stored.tokenSigner().sign(TOKEN))).isTrue();
    }

    @Test
    void aWrongFile_namesTheProblem_neverTheSecret() {
        assertThatThrownBy(() -> MerchantKeys.fromPem("IONPAYTEST", Fixtures.file("keys/rsa2048.public.pem"),
                Secret.of("client-secret-canary"))).isInstanceOf(SnapKeyException.class)
                .hasMessageNotContaining("client-secret-canary");
    }
}
