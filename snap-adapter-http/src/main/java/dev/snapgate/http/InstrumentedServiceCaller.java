package dev.snapgate.http;

import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.domain.observe.Outcome;
import dev.snapgate.domain.observe.SnapListener;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * A service call as its caller sees it: the MDC carries the service, merchant and {@code X-EXTERNAL-ID} while it runs
 * (so every log line of the platform inside the call can be joined to NICEPAY's records; never the token) and is
 * cleared after; the listener is told how it ended.
 */
final class InstrumentedServiceCaller implements ServiceCaller {

    private final ServiceCaller delegate;
    private final SnapListener listener;

    InstrumentedServiceCaller(ServiceCaller delegate, SnapListener listener) {
        this.delegate = delegate;
        this.listener = listener;
    }

    @Override
    public ServiceResponse call(ServiceRequest request) {
        long start = System.nanoTime();
        MDC.put(SnapMdc.SERVICE, request.service().name());
        MDC.put(SnapMdc.MERCHANT, request.clientKey().value());
        request.externalId().ifPresent(id -> MDC.put(SnapMdc.EXTERNAL_ID, id));
        try {
            ServiceResponse response = delegate.call(request);
            listener.callCompleted(request.service(), request.clientKey(), Outcome.SUCCESS,
                    Optional.of(response.responseCode()), Duration.ofNanos(System.nanoTime() - start));
            return response;
        } catch (SnapException e) {
            Optional<ResponseCode> code = e.responseCode();
            listener.callCompleted(request.service(), request.clientKey(), Outcome.of(e), code,
                    Duration.ofNanos(System.nanoTime() - start));
            if (e instanceof SnapOutcomeUnknownException) {
                listener.outcomeUnknown(request.service(), request.clientKey());
            }
            throw e;
        } finally {
            MDC.remove(SnapMdc.SERVICE);
            MDC.remove(SnapMdc.MERCHANT);
            MDC.remove(SnapMdc.EXTERNAL_ID);
        }
    }
}
