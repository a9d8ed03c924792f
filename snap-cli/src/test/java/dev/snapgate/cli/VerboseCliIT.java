package dev.snapgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --verbose} prints the attempt timeline to stderr, and never the token. */
class VerboseCliIT {

    @TempDir
    Path dir;

    @Test
    void tokenAndCall_withVerbose_printTheTimeline_withoutTheToken() throws Exception {
        CliRun token = CliRun.of("token", "--verbose", "--reveal");
        Path body = dir.resolve("balance.json");
        Files.writeString(body, "{\"accountNo\":\"1234567890\",\"additionalInfo\":{}}");
        CliRun call = CliRun.of("call", "BALANCE_INQUIRY", "--body-file", body.toString(), "--verbose");
        CliRun quiet = CliRun.of("token");

        assertThat(token.exit()).isZero();
        String revealed = token.out().strip();
        assertThat(token.err()).contains("token cache miss").contains("attempt ACCESS_TOKEN -> 200 in")
                .contains("token request success in").doesNotContain(revealed);
        assertThat(call.exit()).isZero();
        assertThat(call.err()).contains("attempt BALANCE_INQUIRY -> 200 in")
                .contains("call BALANCE_INQUIRY success 2001100 in");
        assertThat(quiet.err()).doesNotContain("attempt ");
    }
}
