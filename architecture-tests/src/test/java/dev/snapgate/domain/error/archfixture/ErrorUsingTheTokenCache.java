package dev.snapgate.domain.error.archfixture;

import dev.snapgate.domain.token.CachingTokenIssuer;

/** Breaks DOMAIN_LAYERS on purpose: an error type reaching up into the token cache. */
public final class ErrorUsingTheTokenCache {
    public String describe(CachingTokenIssuer issuer) {
        return issuer.toString();
    }
}
