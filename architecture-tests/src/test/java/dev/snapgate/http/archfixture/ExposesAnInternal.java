package dev.snapgate.http.archfixture;

import dev.snapgate.domain.internal.BodyDigest;

/** Breaks INTERNALS_STAY_OUT_OF_PUBLIC_SIGNATURES on purpose. */
public final class ExposesAnInternal {
    public BodyDigest digest() {
        return null;
    }
}
