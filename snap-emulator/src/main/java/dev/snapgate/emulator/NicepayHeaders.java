package dev.snapgate.emulator;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers NICEPAY sends with its token requests and notifications to a merchant: {@code X-TIMESTAMP},
 * {@code X-CLIENT-KEY}, and {@code X-SIGNATURE} = SHA256withRSA over {@code X-CLIENT-KEY|X-TIMESTAMP} with NICEPAY's key.
 */
final class NicepayHeaders {

    private NicepayHeaders() {
    }

    static Map<String, String> rsaSigned(Signer nicepayKey, ClientKey clientKey, Clock clock) {
        SnapTimestamp ts = SnapTimestamp.now(clock);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-TIMESTAMP", ts.value());
        headers.put("X-CLIENT-KEY", clientKey.value());
        headers.put("X-SIGNATURE", nicepayKey.sign(StringToSign.forTokenRequest(clientKey, ts)).value());
        return headers;
    }
}
