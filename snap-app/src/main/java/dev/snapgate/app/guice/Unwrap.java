package dev.snapgate.app.guice;

import dev.snapgate.domain.SnapException;

/** Guice wraps what providers throw; callers want the typed snapgate error underneath. */
final class Unwrap {

    private Unwrap() {
    }

    static RuntimeException snapCause(RuntimeException wrapped) {
        for (Throwable t = wrapped; t != null; t = t.getCause()) {
            if (t instanceof SnapException snap) {
                return snap;
            }
        }
        return wrapped;
    }
}
