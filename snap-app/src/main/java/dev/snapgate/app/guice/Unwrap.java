package dev.snapgate.app.guice;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import dev.snapgate.domain.error.SnapException;
import java.util.Collection;
import java.util.List;

/** Guice wraps what providers throw; callers want the typed snapgate error underneath. */
final class Unwrap {

    private Unwrap() {
    }

    static RuntimeException snapCause(RuntimeException wrapped) {
        Collection<Message> messages = wrapped instanceof CreationException c ? c.getErrorMessages()
                : wrapped instanceof ProvisionException p ? p.getErrorMessages() : List.of();
        for (Message m : messages) {
            for (Throwable t = m.getCause(); t != null; t = t.getCause()) {
                if (t instanceof SnapException snap) {
                    return snap;
                }
            }
        }
        for (Throwable t = wrapped; t != null; t = t.getCause()) {
            if (t instanceof SnapException snap) {
                return snap;
            }
        }
        return wrapped;
    }
}
