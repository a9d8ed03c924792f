package dev.snapgate.domain;

import dev.snapgate.domain.error.SnapException;
/**
 * Obtains a SNAP B2B access token for a merchant (SNAP-SPEC §1).
 *
 * <p>Implementations: the HTTP adapter (one upstream call per invocation), its resilient decorator (retries and a
 * circuit breaker) and the caching token lifecycle (a cached token when one is valid). Implementations are
 * thread-safe. Arguments and results are never null.
 */
@FunctionalInterface
public interface TokenIssuer {

    /**
     * Returns a token valid for {@code clientKey}.
     *
     * @throws SnapException typed by what went wrong: rejected, unauthorized, unavailable, malformed response,
     *     key or configuration problem
     */
    AccessToken issue(ClientKey clientKey);
}
