package dev.snapgate.http.archfixture;

import org.springframework.core.io.Resource;

/** A violation for ArchitectureRulesCanFailTest: the client loading its key through Spring. */
public final class ClientUsingSpring {

    Resource key;
}
