package dev.snapgate.domain;

import dev.snapgate.domain.error.SnapKeyException;
/**
 * Signs a {@link StringToSign}: {@code SHA256withRSA} with the merchant's private key for token requests,
 * {@code HMAC-SHA512} with the client secret for service calls.
 *
 * <p>Implementations are thread-safe, never return an empty signature, and never put key material in an
 * exception. A platform may supply its own (an HSM, a KMS).
 */
@FunctionalInterface
public interface Signer {

    /**
     * Signs the UTF-8 bytes of {@code stringToSign}.
     *
     * @throws SnapKeyException if the key cannot sign
     */
    Signature sign(StringToSign stringToSign);
}
