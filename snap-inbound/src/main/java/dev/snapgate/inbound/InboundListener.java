package dev.snapgate.inbound;

/** Told about every handled inbound request (logging, metrics). Must be fast and thread-safe; exceptions are ignored. */
@FunctionalInterface
public interface InboundListener {

    void handled(InboundEvent event);
}
