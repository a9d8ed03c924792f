package dev.snapgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.signing.PemKeyLoader;
import dev.snapgate.signing.PublicKeyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapgate keys generate}: a working pair, the private half owner-only, nothing ever overwritten or printed. */
class KeysGenerateIT {

    @TempDir
    Path dir;

    @Test
    void generate_writesAPairThatSignsAndVerifies_privateOwnerOnly_andNeverOverwrites() throws Exception {
        Path priv = dir.resolve("merchant-private.pem");
        Path pub = dir.resolve("merchant.pub");

        CliRun run = CliRun.of("keys", "generate", "--private-key", priv.toString(), "--public-key", pub.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(priv))).isEqualTo("rw-------");
        StringToSign sts = StringToSign.forTokenRequest(ClientKey.of("IONPAYTEST"),
                SnapTimestamp.parse("2026-12-04T10:00:00+07:00"));
        var signature = PemKeyLoader.load(priv, Optional.empty()).signer().sign(sts);
        assertThat(PublicKeyLoader.load(pub).verify(sts, signature)).isTrue();
        String privatePem = Files.readString(priv);
        assertThat(run.out()).contains("fingerprint").doesNotContain(privatePem.lines().skip(1).findFirst()
                .orElseThrow());

        CliRun again = CliRun.of("keys", "generate", "--private-key", priv.toString(), "--public-key",
                dir.resolve("other.pub").toString());
        assertThat(again.exit()).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
        assertThat(again.err()).contains("exists").contains("never overwrites");
        assertThat(Files.readString(priv)).isEqualTo(privatePem);
        assertThat(dir.resolve("other.pub")).doesNotExist();
    }
}
