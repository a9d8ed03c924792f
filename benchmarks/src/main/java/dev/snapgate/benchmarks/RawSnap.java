package dev.snapgate.benchmarks;

import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.service.SnapService;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The raw-JDK baseline's VA status request, signed by hand (fresh timestamp, SHA-256 of the body, HMAC-SHA512), shared
 * by every harness that compares snapgate with it, so all of them measure the same baseline.
 */
public final class RawSnap {

    private RawSnap() {
    }

    /** An HMAC-SHA512 keyed with {@code secret}. */
    public static Mac hmac(String secret) {
        try {
            Mac m = Mac.getInstance("HmacSHA512");
            m.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed VA status request for client {@code clientKey} with {@code token}, over exactly {@code body}. */
    public static HttpRequest vaStatus(URI base, String clientKey, String token, byte[] body, Mac hmac,
            MessageDigest sha256, String externalId, Duration timeout) {
        String ts = SnapTimestamp.now(Clock.systemUTC()).value();
        String hash = HexFormat.of().formatHex(sha256.digest(body));
        String sts = "POST:/api/v1.0/transfer-va/status:" + token + ":" + hash + ":" + ts;
        String signature = Base64.getEncoder().encodeToString(hmac.doFinal(sts.getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(base.resolve(SnapService.VA_STATUS.path())).timeout(timeout)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("X-TIMESTAMP", ts).header("X-SIGNATURE", signature).header("X-PARTNER-ID", clientKey)
                .header("X-EXTERNAL-ID", externalId).header("CHANNEL-ID", clientKey + "01")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
}
