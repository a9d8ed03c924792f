package dev.snapgate.domain;

import dev.snapgate.domain.error.SnapConfigurationException;
import java.util.Objects;
import java.util.Optional;

/**
 * One merchant's credentials as snapgate uses them: the client key, the signer for token requests (RSA), the
 * signer for service calls (HMAC with the client secret; absent when only tokens are needed) and the
 * {@code CHANNEL-ID}. Holds no raw secret: the signers do.
 */
public record Merchant(ClientKey clientKey, Signer tokenSigner, Optional<Signer> requestSigner, String channelId) {

    public Merchant {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(tokenSigner, "tokenSigner");
        Objects.requireNonNull(requestSigner, "requestSigner");
        requireValidChannelId(channelId);
    }

    /**
     * The one rule for a {@code CHANNEL-ID}, wherever one is given (a merchant's, a call's own, a setting).
     *
     * @throws IllegalArgumentException unless 1 to 64 visible ASCII characters (no spaces or line breaks)
     */
    public static String requireValidChannelId(String channelId) {
        Objects.requireNonNull(channelId, "channelId");
        if (channelId.isEmpty() || channelId.length() > 64 || !visibleAscii(channelId)) {
            throw new IllegalArgumentException("a CHANNEL-ID is 1 to 64 visible ASCII characters without spaces or"
                    + " line breaks (got " + channelId.length() + " characters); NICEPAY's convention is the client key"
                    + " + 01");
        }
        return channelId;
    }

    private static boolean visibleAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** A merchant that only requests tokens; CHANNEL-ID defaults to the client key + {@code 01}. */
    public static Merchant tokenOnly(ClientKey clientKey, Signer tokenSigner) {
        return new Merchant(clientKey, tokenSigner, Optional.empty(), clientKey.defaultChannelId());
    }

    /** A merchant for tokens and service calls; CHANNEL-ID defaults to the client key + {@code 01}. */
    public static Merchant of(ClientKey clientKey, Signer tokenSigner, Signer requestSigner) {
        return new Merchant(clientKey, tokenSigner, Optional.of(requestSigner), clientKey.defaultChannelId());
    }

    /** The HMAC signer, or a configuration error that says how to provide the client secret. */
    public Signer requireRequestSigner() {
        return requestSigner.orElseThrow(() -> new SnapConfigurationException("no client secret is configured for "
                + clientKey + ": service calls need it (Merchant.of(clientKey, tokenSigner, requestSigner) with an"
                + " HMAC-SHA512 signer over the client secret)"));
    }
}
