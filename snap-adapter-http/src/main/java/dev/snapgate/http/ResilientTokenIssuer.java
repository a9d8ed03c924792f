package dev.snapgate.http;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.TokenIssuer;
import java.util.Objects;

/**
 * Decorates a {@link TokenIssuer} with Resilience4j: the token call moves no money, so transport errors, timeouts,
 * 5xx, 429 and 202 are retried with backoff; other 4xx are not. Each attempt calls the delegate afresh, so each
 * carries its own timestamp and signature. A shared circuit breaker fails fast while the upstream is down.
 */
final class ResilientTokenIssuer implements TokenIssuer {

    private final TokenIssuer delegate;
    private final Resilience resilience;

    ResilientTokenIssuer(TokenIssuer delegate, Resilience resilience) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.resilience = Objects.requireNonNull(resilience, "resilience");
    }

    @Override
    public AccessToken issue(ClientKey clientKey) {
        Objects.requireNonNull(clientKey, "clientKey");
        return resilience.withRetry(() -> delegate.issue(clientKey));
    }

    /** The breaker's state: {@code CLOSED}, {@code OPEN} or {@code HALF_OPEN}, for health checks and metrics. */
    public String circuitState() {
        return resilience.circuitState();
    }
}
