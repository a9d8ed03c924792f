package dev.snapgate.examples;

import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.SignatureVerifier;
import dev.snapgate.domain.notification.NotificationVerifier;
import dev.snapgate.http.SnapClient;
import dev.snapgate.store.redis.SnapRedis;
import java.net.URI;

/** A fleet's shared stores on Redis, as the README shows them (verbatim, checked by {@code ExamplesIT}). */
public final class FleetExample {

    private FleetExample() {
    }

    public static void fleet(Merchant merchant, SignatureVerifier nicepayKey) {
        try (SnapRedis redis = SnapRedis.builder(URI.create(System.getenv("SNAPGATE_TOKEN_STORE")))   // redis:// or rediss://
                .encryptionKey(Secret.of(System.getenv("SNAPGATE_TOKEN_STORE_KEY")))                 // optional: AES-GCM at rest
                .connect()) {
            SnapClient nicepay = SnapClient.builder().sandbox().merchant(merchant).tokenStore(redis.tokenStore()).build();
            NotificationVerifier notifications = NotificationVerifier.builder(nicepayKey)
                    .replayStore(redis.replayStore()).build();                // a replay sent to another instance is seen
        }
    }
}
