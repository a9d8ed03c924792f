package dev.snapgate.domain.archfixture;

import dev.snapgate.api.VaCreateRequest;

/** Breaks DOMAIN_NEVER_DEPENDS_ON_THE_API on purpose. */
public final class DomainUsingTheApi {
    public String trxId(VaCreateRequest request) {
        return request.trxId();
    }
}
