package dev.snapgate.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdkDeadlineClientTest {

    @Test
    void theHeadersTheJdkClientSetsItself_areRecognisedInAnyCase_andNoOthers() {
        for (String name : new String[] {"Host", "host", "HOST", "Expect", "upgrade", "Connection", "CONTENT-LENGTH",
            "content-length"}) {
            assertThat(JdkDeadlineClient.restricted(name)).as(name).isTrue();
        }
        // same lengths as the restricted names, and SNAP's own headers: sent as given
        for (String name : new String[] {"Date", "Accept", "Referer", "X-SIGNATURE", "Content-Type", "Authorization",
            "X-TIMESTAMP", "X-PARTNER-ID", "X-EXTERNAL-ID", "CHANNEL-ID", "Content-Lengthx", "Hos", ""}) {
            assertThat(JdkDeadlineClient.restricted(name)).as(name).isFalse();
        }
    }

    @Test
    void aResponseHeader_isFoundInAnyCase_firstValueFirst_andAbsentOnesAreNull() {
        java.net.http.HttpHeaders headers = java.net.http.HttpHeaders.of(java.util.Map.of(
                "retry-after", java.util.List.of("5", "7"), "Content-Length", java.util.List.of("42"),
                "X-Empty", java.util.List.of()), (name, value) -> true);
        assertThat(JdkDeadlineClient.firstValue(headers, "Retry-After")).isEqualTo("5");
        assertThat(JdkDeadlineClient.firstValue(headers, "RETRY-AFTER")).isEqualTo("5");
        assertThat(JdkDeadlineClient.firstValue(headers, "content-length")).isEqualTo("42");
        assertThat(JdkDeadlineClient.firstValue(headers, "X-Empty")).isNull();
        assertThat(JdkDeadlineClient.firstValue(headers, "Location")).isNull();
        // what the JDK's own lookup answers, for each
        for (String name : new String[] {"Retry-After", "RETRY-AFTER", "content-length", "X-Empty", "Location"}) {
            assertThat(JdkDeadlineClient.firstValue(headers, name)).isEqualTo(headers.firstValue(name).orElse(null));
        }
    }

    @Test
    void theDeclaredLength_isReadInAnyCase_andIsMinusOneWhenAbsentOrMalformed() {
        assertThat(JdkDeadlineClient.declaredLength(headers("content-length", " 65537 "))).isEqualTo(65537);
        assertThat(JdkDeadlineClient.declaredLength(headers("X-Other", "1"))).isEqualTo(-1);
        assertThat(JdkDeadlineClient.declaredLength(headers("Content-Length", "12a"))).isEqualTo(-1);
    }

    private static java.net.http.HttpHeaders headers(String name, String value) {
        return java.net.http.HttpHeaders.of(java.util.Map.of(name, java.util.List.of(value)), (n, v) -> true);
    }
}
