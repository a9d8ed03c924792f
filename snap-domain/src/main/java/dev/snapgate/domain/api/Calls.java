package dev.snapgate.domain.api;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import java.util.Objects;
import java.util.Optional;

/** What every family does: turn a typed request into the untyped one and call. */
final class Calls {

    private final ServiceCaller caller;
    private final ClientKey merchant;

    Calls(ServiceCaller caller, ClientKey merchant) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.merchant = Objects.requireNonNull(merchant, "merchant");
    }

    ServiceResponse send(SnapRequest request) {
        Objects.requireNonNull(request, "request");
        return caller.call(new ServiceRequest(request.service(), merchant, request.toBody(), Optional.empty()));
    }
}
