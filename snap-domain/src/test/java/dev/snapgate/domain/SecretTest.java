package dev.snapgate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecretTest {

    private static final String CANARY = "canary-secret-3f9a1c";

    @Test
    void toStringAndMasked_neverShowTheValue() {
        Secret secret = Secret.of(CANARY);

        assertThat(secret.toString()).isEqualTo("******");
        assertThat(secret.masked()).doesNotContain(CANARY).doesNotContain(CANARY.substring(0, 4))
                .contains(CANARY.length() + " chars");
        assertThat(String.valueOf(secret)).doesNotContain(CANARY);
    }

    @Test
    void matches_comparesValuesAndNotReferences() {
        assertThat(Secret.of(CANARY).matches(Secret.of(CANARY))).isTrue();
        assertThat(Secret.of(CANARY).matches(Secret.of(CANARY + "x"))).isFalse();
        assertThat(Secret.of(CANARY).matches(CANARY)).isTrue();
        assertThat(Secret.of(CANARY).matches((String) null)).isFalse();
    }

    @Test
    void noEqualsOverride_soSecretsCannotLeakThroughCollectionsOrTimingOfEquals() throws NoSuchMethodException {
        assertThat(Secret.class.getMethod("equals", Object.class).getDeclaringClass()).isEqualTo(Object.class);
    }

    @Test
    void valuesHoldingSecrets_doNotShowThemInToString() {
        Secret token = Secret.of(CANARY);
        AccessToken accessToken = new AccessToken(token, "Bearer", Instant.EPOCH, Instant.EPOCH.plusSeconds(900));
        StringToSign sts = StringToSign.forServiceCall("POST", "/api/v1.0/x", token, new byte[0],
                SnapTimestamp.parse("2024-12-31T10:11:40+07:00"));

        assertThat(accessToken.toString()).doesNotContain(CANARY);
        assertThat(sts.toString()).doesNotContain(CANARY);
        assertThat(sts.value()).contains(CANARY);
    }
}
