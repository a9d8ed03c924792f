package dev.snapgate.domain.archfixture;

/** Violates: ports are interfaces (an adapter extends it). */
public abstract class AbstractPort {
    public abstract String call();
}
