package dev.snapgate.http;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.domain.observe.Outcome;
import dev.snapgate.domain.observe.SnapListener;
import java.time.Duration;
import org.slf4j.MDC;

/** An upstream token call (retries included), timed for the listener, with the merchant in the MDC while it runs. */
final class InstrumentedTokenIssuer implements TokenIssuer {

    private final TokenIssuer delegate;
    private final SnapListener listener;

    InstrumentedTokenIssuer(TokenIssuer delegate, SnapListener listener) {
        this.delegate = delegate;
        this.listener = listener;
    }

    @Override
    public AccessToken issue(ClientKey clientKey) {
        long start = System.nanoTime();
        boolean mine = MDC.get(SnapMdc.MERCHANT) == null;
        if (mine) {
            MDC.put(SnapMdc.MERCHANT, clientKey.value());
        }
        try {
            AccessToken token = delegate.issue(clientKey);
            listener.tokenRequested(clientKey, Outcome.SUCCESS, Duration.ofNanos(System.nanoTime() - start));
            return token;
        } catch (SnapException e) {
            listener.tokenRequested(clientKey, Outcome.of(e), Duration.ofNanos(System.nanoTime() - start));
            throw e;
        } finally {
            if (mine) {
                MDC.remove(SnapMdc.MERCHANT);
            }
        }
    }
}
