package dev.snapgate.examples.archfixture;

import dev.snapgate.domain.internal.BodyDigest;

/** Breaks EXAMPLES_USE_NO_INTERNALS on purpose. */
public final class ExampleUsingAnInternal {
    public String digest(byte[] body) {
        return BodyDigest.sha256Hex(body);
    }
}
