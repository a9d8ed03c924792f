package dev.snapgate.http;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.signing.Fixtures;
import java.net.URI;

/** Run inside a class loader without Micrometer: a platform that never attaches a registry. */
public final class NoMicrometerProbe {

    private NoMicrometerProbe() {
    }

    /** A token call through the whole stack; returns the token's type. */
    public static String tokenType(String baseUrl) {
        try (SnapClient client = SnapClient.builder().baseUrl(URI.create(baseUrl))
                .merchant(Merchant.tokenOnly(ClientKey.of("IONPAYTEST"), Fixtures.rsa2048().signer())).build()) {
            return client.accessToken(ClientKey.of("IONPAYTEST")).tokenType();
        }
    }
}
