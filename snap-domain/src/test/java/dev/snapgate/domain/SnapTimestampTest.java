package dev.snapgate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapTimestampTest {

    private static final Instant MOMENT = Instant.parse("2024-12-31T03:11:40.987654321Z");

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/New_York", "Asia/Jakarta", "Pacific/Chatham"})
    void now_isJakartaTimeAtSecondsWithNumericOffset_whateverTheClockAndHostZone(String zone) {
        TimeZone previous = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            SnapTimestamp ts = SnapTimestamp.now(Clock.fixed(MOMENT, ZoneId.of(zone)));

            assertThat(ts.value()).isEqualTo("2024-12-31T10:11:40+07:00").hasSize(25);
            assertThat(ts.instant()).isEqualTo(Instant.parse("2024-12-31T03:11:40Z"));
        } finally {
            TimeZone.setDefault(previous);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-12-31T03:11:40Z", "2024-12-31T10:11:40.123+07:00", "2024-12-31 10:11:40+07:00",
            "2024-12-31T10:11:40+0700", "2024-13-31T10:11:40+07:00", "", "1735614700"})
    void parse_rejectsAnythingButTheExactNicepayShape(String text) {
        assertThatThrownBy(() -> SnapTimestamp.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timestamp");
    }

    @Test
    void parse_acceptsOtherNumericOffsetsAndKeepsTheInstant() {
        assertThat(SnapTimestamp.parse("2024-12-31T04:11:40+01:00").instant())
                .isEqualTo(Instant.parse("2024-12-31T03:11:40Z"));
    }
}
