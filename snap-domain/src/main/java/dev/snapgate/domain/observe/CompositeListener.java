package dev.snapgate.domain.observe;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.service.SnapService;
import java.time.Duration;
import java.util.Optional;

/** Tells every listener in turn; an exception from one is swallowed so the call and the others go on. */
final class CompositeListener implements SnapListener {
    private final SnapListener[] listeners;

    CompositeListener(SnapListener[] listeners) {
        this.listeners = listeners;
    }

    @Override
    public void tokenRequested(ClientKey merchant, Outcome outcome, Duration duration) {
        for (SnapListener l : listeners) {
            try {
                l.tokenRequested(merchant, outcome, duration);
            } catch (RuntimeException ignored) {
                // a listener must never change the outcome of a call
            }
        }
    }

    @Override
    public void tokenCache(ClientKey merchant, CacheResult result) {
        for (SnapListener l : listeners) {
            try {
                l.tokenCache(merchant, result);
            } catch (RuntimeException ignored) {
                // as above
            }
        }
    }

    @Override
    public void callCompleted(SnapService service, ClientKey merchant, Outcome outcome,
            Optional<ResponseCode> code, Duration duration) {
        for (SnapListener l : listeners) {
            try {
                l.callCompleted(service, merchant, outcome, code, duration);
            } catch (RuntimeException ignored) {
                // as above
            }
        }
    }

    @Override
    public void attempt(String operation, String status, Duration duration) {
        for (SnapListener l : listeners) {
            try {
                l.attempt(operation, status, duration);
            } catch (RuntimeException ignored) {
                // as above
            }
        }
    }

    @Override
    public void breakerStateChanged(String breaker, String from, String to) {
        for (SnapListener l : listeners) {
            try {
                l.breakerStateChanged(breaker, from, to);
            } catch (RuntimeException ignored) {
                // as above
            }
        }
    }

    @Override
    public void outcomeUnknown(SnapService service, ClientKey merchant) {
        for (SnapListener l : listeners) {
            try {
                l.outcomeUnknown(service, merchant);
            } catch (RuntimeException ignored) {
                // as above
            }
        }
    }
}
