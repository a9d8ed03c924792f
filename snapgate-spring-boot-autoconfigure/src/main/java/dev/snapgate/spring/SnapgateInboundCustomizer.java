package dev.snapgate.spring;

import dev.snapgate.inbound.SnapInbound;

/** A bean that adjusts the auto-configured {@link SnapInbound} before it is built (a listener, a confirmer, ...). */
@FunctionalInterface
public interface SnapgateInboundCustomizer {

    void customize(SnapInbound.Builder builder);
}
