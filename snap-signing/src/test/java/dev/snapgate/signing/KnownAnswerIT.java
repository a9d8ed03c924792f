package dev.snapgate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.internal.BodyDigest;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SNAP-SPEC §7: published values, re-checked with OpenSSL, reproduced byte for byte. */
class KnownAnswerIT {

    @Test
    void k1_tokenSignatureOfTheIonpaytestSandboxKey_matchesNicepaysPublishedValue() {
        // given
        SigningKey key = PemKeyLoader.load(Fixtures.file("vectors/ionpaytest-sandbox.pkcs8.b64"), Optional.empty());
        StringToSign sts = StringToSign.forTokenRequest(ClientKey.of("SMILETEST1"),
                SnapTimestamp.parse("2025-02-06T16:24:05+07:00"));
        // when
        Signature signature = key.signer().sign(sts);
        // then
        assertThat(sts.value()).isEqualTo("SMILETEST1|2025-02-06T16:24:05+07:00");
        assertThat(signature.value()).isEqualTo("Xkts4YNY/aySDxp/FtDvsIizSM6nYau4GNtXbA78CGxefGyivVKYgRNgueKEavPf1hQhOR"
                + "BjcdEyPaSl1FIU3E+Nh6WrtJjWMnP5xg00vujE7MoF2w7wW93S5xOSP5h/DulIWVMv2DowfawfEmvTLmg7e5SvxCwmct/wWUj/ryk=");
        assertThat(key.info().bits()).isEqualTo(1024);
        assertThat(key.info().warnings()).singleElement().asString().contains("1024 bits");
        assertThat(PublicKeyLoader.load(Fixtures.file("vectors/ionpaytest-sandbox.spki.b64")).verify(sts, signature))
                .isTrue();
    }

    @Test
    void k2_nicepayNotificationSample_verifiesWithTheNotificationPublicKey() {
        RsaSha256Verifier verifier = PublicKeyLoader.load(Fixtures.file("vectors/nicepay-notification-sample.spki.b64"));
        StringToSign sts = StringToSign.forTokenRequest(ClientKey.of("TNICEVA023"),
                SnapTimestamp.parse("2024-08-19T17:12:40+07:00"));
        Signature signature = Signature.parse(Fixtures.text("vectors/nicepay-notification-sample.sig"));

        assertThat(verifier.verify(sts, signature)).isTrue();
        assertThat(verifier.verify(StringToSign.forTokenRequest(ClientKey.of("TNICEVA023"),
                SnapTimestamp.parse("2024-08-19T17:12:41+07:00")), signature)).isFalse();
    }

    @Test
    void k3_genericSnapHmac_matchesThePublishedSignature() {
        byte[] body = Fixtures.bytes("vectors/k3-body.json");
        String hash = BodyDigest.sha256Hex(body);
        StringToSign sts = StringToSign.forServiceCall("POST", "/v1.0/qr/qr-mpm-generate", Secret.of("myaccesstoken"),
                hash, "2024-03-05T10:37:16.196Z");

        Signature signature = new HmacSha512Signer(Secret.of("myclientsecret")).sign(sts);

        assertThat(hash).isEqualTo("01463f60dbb6ca538581579dd95b31c8ba9fc6600eca750e4d8460ca4e402111");
        assertThat(sts.value()).isEqualTo("POST:/v1.0/qr/qr-mpm-generate:myaccesstoken:"
                + "01463f60dbb6ca538581579dd95b31c8ba9fc6600eca750e4d8460ca4e402111:2024-03-05T10:37:16.196Z");
        assertThat(signature.value()).isEqualTo(
                "wmzT7yjg1SxxCsxNsFgCR9SYXiZGGbceF6fV8xe97sAMHxZ+7OEBMIBmvb6Sj6GcksGp3iv77DiomgSbcST3XQ==");
    }

    @Test
    void k4_nicepayVaCreateHmac_usesTheClientSecretAsLiteralUtf8Bytes() {
        Secret clientSecret = Secret.of(Fixtures.text("vectors/ionpaytest-sandbox.client-secret").strip());
        byte[] body = Fixtures.bytes("vectors/k4-body.json");
        StringToSign sts = StringToSign.forServiceCall("POST",
                dev.snapgate.domain.internal.SignedPath.of("/nicepay/api/v1.0/transfer-va/create-va"), Secret.of("TOKEN123"),
                body, SnapTimestamp.parse("2024-12-31T10:11:40+07:00"));

        HmacSha512Signer signer = new HmacSha512Signer(clientSecret);
        Signature signature = signer.sign(sts);

        assertThat(BodyDigest.sha256Hex(body))
                .isEqualTo("031b782045fd76f60fe033d153af79d531e4ded56178f3118c5784e31b625f00");
        assertThat(signature.value()).isEqualTo(
                "eSWQ+6r02lpnHI0/52Bcir6iZNCag7q1jp4yetIlJP8ARfTUjYZKWA9SLaJHP6h7wmG33ou71YDruiOKO05wsQ==");
        assertThat(signer.verify(sts, signature)).isTrue();
    }
}
