package dev.snapgate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import dev.snapgate.domain.internal.SignedPath;
import dev.snapgate.domain.internal.BodyDigest;

class StringToSignTest {

    private static final SnapTimestamp TS = SnapTimestamp.parse("2024-12-31T10:11:40+07:00");

    @Test
    void tokenRequest_isClientKeyPipeTimestamp() {
        assertThat(StringToSign.forTokenRequest(ClientKey.of("IONPAYTEST"), TS).value())
                .isEqualTo("IONPAYTEST|2024-12-31T10:11:40+07:00");
    }

    @Test
    void serviceCall_withEmptyBody_hashesTheEmptyString() {
        StringToSign sts = StringToSign.forServiceCall("DELETE", "/api/v1.0/transfer-va/delete-va",
                Secret.of("tok"), new byte[0], TS);

        assertThat(sts.value()).isEqualTo("DELETE:/api/v1.0/transfer-va/delete-va:tok:"
                + BodyDigest.EMPTY_BODY_SHA256 + ":2024-12-31T10:11:40+07:00");
    }

    @Test
    void serviceCall_hashesTheExactBytes_includingSpacesAndNonAscii() {
        byte[] a = "{\"name\":\"Budi  Santoso é\"}".getBytes(StandardCharsets.UTF_8);
        byte[] b = "{\"name\":\"Budi Santoso é\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(BodyDigest.sha256Hex(a)).isNotEqualTo(BodyDigest.sha256Hex(b)).hasSize(64).isLowerCase();
    }

    @Test
    void signedPath_stripsOnlyTheLeadingNicepayPrefix() {
        assertThat(SignedPath.of("/nicepay/api/v1.0/transfer-va/create-va")).isEqualTo("/api/v1.0/transfer-va/create-va");
        assertThat(SignedPath.of("/nicepay/api/v1.0/nicepay/x")).isEqualTo("/api/v1.0/nicepay/x");
        assertThat(SignedPath.of("/api/v1.0/qr/qr-mpm-generate")).isEqualTo("/api/v1.0/qr/qr-mpm-generate");
        assertThat(SignedPath.of("/nicepayx/a")).isEqualTo("/nicepayx/a");
        assertThatThrownBy(() -> SignedPath.of("/nicepay/api?x=1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clientKey_rejectsTheSignatureSeparator() {
        assertThatThrownBy(() -> ClientKey.of("A|B")).hasMessageContaining("'|'");
        assertThatThrownBy(() -> ClientKey.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ClientKey.of("IONPAYTEST").defaultChannelId()).isEqualTo("IONPAYTEST01");
    }
}
