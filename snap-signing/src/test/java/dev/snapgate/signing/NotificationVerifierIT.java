package dev.snapgate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.notification.NotificationVerification.Outcome;
import dev.snapgate.domain.notification.NotificationVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** NICEPAY's notification check with the K2 vector: valid, replayed, forged, malformed. */
class NotificationVerifierIT {

    private static final String SIGNATURE = Fixtures.text("vectors/nicepay-notification-sample.sig").strip();
    private static final Instant SENT = Instant.parse("2024-08-19T10:12:40Z");

    private static NotificationVerifier at(Instant now) {
        return new NotificationVerifier(PublicKeyLoader.load(Fixtures.file(
                "vectors/nicepay-notification-sample.spki.b64")), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void k2_theSampleNotification_isValidWithinTheWindow() {
        var result = at(SENT.plusSeconds(30)).verify("TNICEVA023", "2024-08-19T17:12:40+07:00", SIGNATURE);

        assertThat(result.outcome()).isEqualTo(Outcome.VALID);
        assertThat(result.isValid()).isTrue();
        assertThat(result.reason()).contains("status inquiry");
    }

    @Test
    void aValidSignatureReplayedOutsideTheWindow_isRefused() {
        var result = at(SENT.plus(Duration.ofMinutes(6))).verify("TNICEVA023", "2024-08-19T17:12:40+07:00", SIGNATURE);

        assertThat(result.outcome()).isEqualTo(Outcome.OUTSIDE_WINDOW);
        assertThat(result.reason()).contains("360 s");
    }

    @Test
    void aSignatureMadeWithAnotherKey_isRefused() {
        String forged = PemKeyLoader.load(Fixtures.file("keys/other2048.pkcs8.pem"), Optional.empty()).signer()
                .sign(StringToSign.forTokenRequest(ClientKey.of("TNICEVA023"),
                        SnapTimestamp.parse("2024-08-19T17:12:40+07:00"))).value();

        assertThat(at(SENT).verify("TNICEVA023", "2024-08-19T17:12:40+07:00", forged).outcome())
                .isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void anotherClientKeyOrTimestamp_breaksTheSignature() {
        assertThat(at(SENT).verify("TNICEVA024", "2024-08-19T17:12:40+07:00", SIGNATURE).outcome())
                .isEqualTo(Outcome.BAD_SIGNATURE);
        assertThat(at(SENT).verify("TNICEVA023", "2024-08-19T17:12:41+07:00", SIGNATURE).outcome())
                .isEqualTo(Outcome.BAD_SIGNATURE);
    }

    @Test
    void malformedInput_isReportedNotThrown() {
        assertThat(at(SENT).verify(null, "2024-08-19T17:12:40+07:00", SIGNATURE).outcome())
                .isEqualTo(Outcome.MISSING_HEADER);
        assertThat(at(SENT).verify("TNICEVA023", "2024-08-19T10:12:40Z", SIGNATURE).outcome())
                .isEqualTo(Outcome.MALFORMED_TIMESTAMP);
        assertThat(at(SENT).verify("TNICEVA023", "2024-08-19T17:12:40+07:00", "%%%not base64").outcome())
                .isEqualTo(Outcome.MALFORMED_SIGNATURE);
    }

    private static NotificationVerifier.Builder builderAt(Instant now) {
        return NotificationVerifier.builder(PublicKeyLoader.load(Fixtures.file(
                "vectors/nicepay-notification-sample.spki.b64"))).clock(Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theExpectedClientKey_isEnforced() {
        NotificationVerifier verifier = builderAt(SENT).expectedClientKey(ClientKey.of("TNICEVA023")).build();
        NotificationVerifier other = builderAt(SENT).expectedClientKey(ClientKey.of("IONPAYTEST")).build();

        assertThat(verifier.verify("TNICEVA023", "2024-08-19T17:12:40+07:00", SIGNATURE).outcome())
                .isEqualTo(Outcome.VALID);
        var refused = other.verify("TNICEVA023", "2024-08-19T17:12:40+07:00", SIGNATURE);
        assertThat(refused.outcome()).isEqualTo(Outcome.UNEXPECTED_CLIENT_KEY);
        assertThat(refused.reason()).contains("IONPAYTEST").doesNotContain("TNICEVA023");
    }

    @Test
    void aBadClientKey_isReportedAsSuch_notAsAMalformedTimestamp() {
        var result = at(SENT).verify("bad key\u0000<script>", "2024-08-19T17:12:40+07:00", SIGNATURE);

        assertThat(result.outcome()).isEqualTo(Outcome.MALFORMED_CLIENT_KEY);
        assertThat(result.reason()).doesNotContain("<script>").doesNotContain("bad key");
    }

    @Test
    void reasons_neverEchoRawHeaderText() {
        String hostile = "2024-08-19T17:12:40+07:00<img src=x onerror=alert(1)>";
        var result = at(SENT).verify("TNICEVA023", hostile, SIGNATURE);

        assertThat(result.outcome()).isEqualTo(Outcome.MALFORMED_TIMESTAMP);
        assertThat(result.reason()).doesNotContain("<img").doesNotContain("onerror");
    }

    @Test
    void theSameSignedNotificationTwice_isAReplay_evenAtAnotherInstanceSharingTheStore() {
        var store = new dev.snapgate.domain.replay.InMemoryReplayStore(Clock.fixed(SENT, ZoneOffset.UTC));
        NotificationVerifier first = builderAt(SENT.plusSeconds(10)).replayStore(store).build();
        NotificationVerifier second = builderAt(SENT.plusSeconds(20)).replayStore(store).build();

        assertThat(first.verify("TNICEVA023", "2024-08-19T17:12:40+07:00", SIGNATURE).outcome())
                .isEqualTo(Outcome.VALID);
        var replay = second.verify("TNICEVA023", "2024-08-19T17:12:40+07:00", SIGNATURE);

        assertThat(replay.outcome()).isEqualTo(Outcome.REPLAYED);
        assertThat(replay.isValid()).isFalse();
    }

    @Test
    void withTheBody_twoNotificationsOfOneSecondAreBothValid_andTheSameOneInAnotherBase64SpellingIsAReplay() {
        var store = new dev.snapgate.domain.replay.InMemoryReplayStore(Clock.fixed(SENT, ZoneOffset.UTC));
        NotificationVerifier verifier = builderAt(SENT.plusSeconds(10)).replayStore(store).build();
        String ts = "2024-08-19T17:12:40+07:00";
        byte[] first = "{\"trxId\":\"ORD-1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] second = "{\"trxId\":\"ORD-2\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String unpadded = SIGNATURE.replace("=", "");

        assertThat(verifier.verify("TNICEVA023", ts, SIGNATURE, first).outcome()).isEqualTo(Outcome.VALID);
        assertThat(verifier.verify("TNICEVA023", ts, SIGNATURE, second).outcome()).isEqualTo(Outcome.VALID);
        assertThat(unpadded).isNotEqualTo(SIGNATURE);
        assertThat(verifier.verify("TNICEVA023", ts, unpadded, first).outcome()).isEqualTo(Outcome.REPLAYED);
    }

    @Test
    void forgedNotifications_areNotRecorded_soTheyCannotFillTheReplayStore() {
        var store = new dev.snapgate.domain.replay.InMemoryReplayStore(Clock.fixed(SENT, ZoneOffset.UTC));
        NotificationVerifier verifier = builderAt(SENT).replayStore(store).build();

        for (int i = 0; i < 100; i++) {
            verifier.verify("TNICEVA023", "2024-08-19T17:12:40+07:00", "Zm9yZ2Vk" + i);
        }

        assertThat(store.size()).isZero();
    }

    @Test
    void anUnreachableReplayStore_acceptsNothing_andSaysToAnswerWithA5xx() {
        NotificationVerifier verifier = builderAt(SENT).replayStore((id, until) -> {
            throw new IllegalStateException("Redis down");
        }).build();

        var result = verifier.verify("TNICEVA023", "2024-08-19T17:12:40+07:00", SIGNATURE);

        assertThat(result.outcome()).isEqualTo(Outcome.REPLAY_CHECK_FAILED);
        assertThat(result.isValid()).isFalse();
        assertThat(result.reason()).contains("5xx");
    }
}
