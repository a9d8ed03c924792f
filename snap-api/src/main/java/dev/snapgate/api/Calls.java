package dev.snapgate.api;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import java.util.Objects;

/** What every family does: turn a typed request into the untyped one and call. */
final class Calls {

    private final ServiceCaller caller;
    private final ClientKey merchant;

    Calls(ServiceCaller caller, ClientKey merchant) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.merchant = Objects.requireNonNull(merchant, "merchant");
    }

    ServiceResponse send(SnapRequest request, CallOptions options) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options (CallOptions.DEFAULTS for none)");
        return caller.call(new ServiceRequest(request.service(), merchant, request.toBody(), options.externalId(),
                options.channelId(), options.deadline()));
    }
}
