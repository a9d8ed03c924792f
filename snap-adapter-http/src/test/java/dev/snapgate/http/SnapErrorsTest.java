package dev.snapgate.http;

import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.error.SnapRejectedException;
import dev.snapgate.domain.error.SnapUnauthorizedException;
import dev.snapgate.domain.error.SnapUnavailableException;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.http.SnapErrors.Disposition;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of SNAP-SPEC §2, by both signals. */
class SnapErrorsTest {

    @ParameterizedTest(name = "HTTP {0} + {1} -> {2}")
    @CsvSource({
        "200, 2007300, SUCCESS",
        "202, 2027300, RETRY",
        "200, 2027300, RETRY",
        "400, 4007300, FAIL",
        "400, 4007301, FAIL",
        "400, 4007302, FAIL",
        "401, 4017300, FAIL",
        "401, 4012701, REAUTHENTICATE",
        "401, 4012703, REAUTHENTICATE",
        "403, 4035415, FAIL",
        "404, 4042712, FAIL",
        "409, 4092700, FAIL",
        "409, 4092701, FAIL",
        "429, 4297300, RETRY",
        "500, 5007300, RETRY",
        "500, 5007301, RETRY",
        "504, 5047300, RETRY",
        "200, 4017300, FAIL",
        "200, 5007300, RETRY",
        "500, 2007300, RETRY",
        "401, 2007300, FAIL",
    })
    void classify_followsSnapSpecAndLetsTheHttpStatusWin(int http, String code, Disposition expected) {
        assertThat(SnapErrors.classify(http, ResponseCode.parse(code))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "HTTP {0} without a SNAP body -> {1}")
    @CsvSource({"502, RETRY", "503, RETRY", "404, FAIL", "200, SUCCESS", "401, FAIL"})
    void classify_withoutResponseCode_usesTheHttpStatus(int http, Disposition expected) {
        assertThat(SnapErrors.classify(http, null)).isEqualTo(expected);
    }

    @Test
    void toException_givesTypedErrorsWithTheCodeAndAShortCleanMessage() {
        SnapException unavailable = SnapErrors.toException(429, ResponseCode.parse("4297300"), "Too Many Requests",
                Duration.ofSeconds(3), "access token request");
        SnapException reauth = SnapErrors.toException(401, ResponseCode.parse("4012701"), "Invalid Token (B2B)",
                null, "VA create");
        SnapException unauthorized = SnapErrors.toException(401, ResponseCode.parse("4017300"),
                "Unauthorized. Signature\n" + "x".repeat(500), null, "access token request");
        SnapException rejected = SnapErrors.toException(200, ResponseCode.parse("4007302"),
                "Invalid Mandatory Field grantType", null, "access token request");

        assertThat(unavailable).isInstanceOfSatisfying(SnapUnavailableException.class, e -> {
            assertThat(e.reason()).isEqualTo(SnapUnavailableException.Reason.THROTTLED);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
            assertThat(e.isRetryable()).isTrue();
        });
        assertThat(reauth).isInstanceOfSatisfying(SnapUnauthorizedException.class,
                e -> assertThat(e.requiresNewToken()).isTrue());
        assertThat(unauthorized).isInstanceOfSatisfying(SnapUnauthorizedException.class,
                e -> assertThat(e.requiresNewToken()).isFalse());
        assertThat(unauthorized.getMessage()).doesNotContain("\n").hasSizeLessThan(400).contains("4017300");
        assertThat(rejected).isInstanceOf(SnapRejectedException.class);
        assertThat(rejected.responseCode()).map(ResponseCode::value).contains("4007302");
        assertThat(rejected.isRetryable()).isFalse();
    }

    @Test
    void anExchangeWithoutAnAnswer_isClassifiedByWhatWasSent() {
        assertThat(SnapErrors.fromIo(new java.net.ConnectException("refused"), "VA_CREATE", 3).reason())
                .isEqualTo(SnapUnavailableException.Reason.CONNECT);
        assertThat(SnapErrors.fromIo(new java.net.http.HttpTimeoutException("slow"), "VA_CREATE", 3).reason())
                .isEqualTo(SnapUnavailableException.Reason.TIMEOUT);
        assertThat(SnapErrors.fromIo(new java.io.InterruptedIOException("stop"), "VA_CREATE", 3).reason())
                .isEqualTo(SnapUnavailableException.Reason.INTERRUPTED);
        assertThat(SnapErrors.fromIo(new java.io.IOException("reset"), "VA_CREATE", 3).reason())
                .isEqualTo(SnapUnavailableException.Reason.NETWORK);
    }

    @Test
    void aMoneyCall_thatMayHaveBeenProcessed_isAnUnknownOutcome_namingWhatToSettleWith() {
        dev.snapgate.domain.service.ServiceRequest request = dev.snapgate.domain.service.ServiceRequest.of(
                dev.snapgate.domain.service.SnapService.VA_CREATE, dev.snapgate.domain.ClientKey.of("M"),
                java.util.Map.of("trxId", "ORDER-9"));
        SnapException timeout = SnapErrors.fromIo(new java.net.http.HttpTimeoutException("slow"), "VA_CREATE", 3);

        SnapException unknown = SnapErrors.forMoneyCall(timeout, request, "EXT-1", "VA_CREATE");

        assertThat(unknown).isInstanceOfSatisfying(dev.snapgate.domain.error.SnapOutcomeUnknownException.class,
                u -> assertThat(u.getMessage()).contains("EXT-1", "ORDER-9", "not re-sent"));
        assertThat(unknown.getCause()).isSameAs(timeout);
    }

    @ParameterizedTest(name = "{0}: nothing was processed, the error stays as it is")
    @CsvSource({"CONNECT", "CIRCUIT_OPEN", "THROTTLED"})
    void aMoneyCall_thatWasNotProcessed_keepsItsError(SnapUnavailableException.Reason reason) {
        dev.snapgate.domain.service.ServiceRequest request = dev.snapgate.domain.service.ServiceRequest.of(
                dev.snapgate.domain.service.SnapService.VA_CREATE, dev.snapgate.domain.ClientKey.of("M"),
                java.util.Map.of("trxId", "ORDER-9"));
        SnapUnavailableException notSent = new SnapUnavailableException("x", reason);

        assertThat(SnapErrors.forMoneyCall(notSent, request, "EXT-1", "VA_CREATE")).isSameAs(notSent);
    }
}
