package dev.snapgate.inbound.archfixture;

import dev.snapgate.signing.HmacSha512Signer;
import jakarta.servlet.http.HttpServletRequest;

/** Breaks two inbound rules: the framework-neutral core touching the servlet API and another adapter's class. */
public final class InboundUsingServletAndSigning {

    public String method(HttpServletRequest request, HmacSha512Signer signer) {
        return request.getMethod() + signer;
    }
}
