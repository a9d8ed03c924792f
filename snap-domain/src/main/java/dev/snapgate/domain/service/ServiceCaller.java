package dev.snapgate.domain.service;

/**
 * Makes a signed SNAP service call (SNAP-SPEC §3): HMAC-SHA512 over method, signed path, token, body hash and
 * timestamp; the token from the token lifecycle, renewed once on {@code 401XX01}/{@code 401XX03}; idempotent calls
 * retried like the token call; a call that moves money never re-sent after an unknown outcome. Thread-safe.
 */
@FunctionalInterface
public interface ServiceCaller {

    /**
     * @return the successful answer
     * @throws dev.snapgate.domain.error.SnapOutcomeUnknownException when a non-idempotent call may or may not have taken
     *     effect (settle with a status inquiry)
     * @throws dev.snapgate.domain.error.SnapException typed otherwise: rejected, unauthorized, unavailable, malformed,
     *     configuration
     */
    ServiceResponse call(ServiceRequest request);
}
