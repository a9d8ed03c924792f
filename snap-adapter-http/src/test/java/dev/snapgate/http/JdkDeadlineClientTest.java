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
}
