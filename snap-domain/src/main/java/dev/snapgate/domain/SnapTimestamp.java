package dev.snapgate.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code X-TIMESTAMP} header: Jakarta local time, seconds precision, numeric offset, e.g.
 * {@code 2024-12-31T10:11:40+07:00} (always 25 characters).
 *
 * <p>{@link #now(Clock)} derives it from an injected clock, converts to {@code Asia/Jakarta} and truncates to
 * seconds, so the text is identical whatever the host's time zone. One timestamp is made per attempt and the same
 * instance goes into the header and into the string to sign.
 */
public record SnapTimestamp(String value) {

    /** The zone NICEPAY expects. */
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");

    public SnapTimestamp {
        Objects.requireNonNull(value, "timestamp");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("timestamp must look like 2024-12-31T10:11:40+07:00 (seconds precision,"
                    + " numeric offset, no 'Z', no fraction), got " + abbreviate(value));
        }
        try {
            OffsetDateTime.parse(value, FORMAT);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp is not a valid date and time: " + abbreviate(value), e);
        }
    }

    /** The current moment of {@code clock} in Jakarta time, truncated to seconds. */
    public static SnapTimestamp now(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return at(clock.instant());
    }

    /** The given moment in Jakarta time, truncated to seconds. */
    public static SnapTimestamp at(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        long second = instant.getEpochSecond();
        LastSecond last = lastSecond;
        if (last != null && last.epochSecond == second) {
            return last.timestamp; // every call in the same second shares one formatted, validated value
        }
        SnapTimestamp made = new SnapTimestamp(FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(JAKARTA)));
        lastSecond = new LastSecond(second, made);
        return made;
    }

    private record LastSecond(long epochSecond, SnapTimestamp timestamp) {
    }

    /** The latest second formatted (an immutable pair, replaced whole: a race only formats once more). */
    private static volatile LastSecond lastSecond;

    /** Parses a header value strictly. @throws IllegalArgumentException naming the expected shape */
    public static SnapTimestamp parse(String text) {
        return new SnapTimestamp(text);
    }

    /** The moment this timestamp denotes. */
    public Instant instant() {
        return OffsetDateTime.parse(value, FORMAT).toInstant();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0, 40) + "...'";
    }

    @Override
    public String toString() {
        return value;
    }
}
