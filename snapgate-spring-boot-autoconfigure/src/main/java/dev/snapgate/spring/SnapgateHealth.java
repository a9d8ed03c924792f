package dev.snapgate.spring;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.observe.Outcome;
import dev.snapgate.domain.observe.SnapListener;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.http.SnapClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What snapgate knows about its health without calling NICEPAY: the circuit breaker's state, each merchant's cached
 * token age and the outcome of its last token call and last service call. Down when the breaker is open, or when
 * NICEPAY refused the merchant's credentials on the last call (a wrong private key fails token calls, a wrong client
 * secret fails service calls while tokens still come). No secret, token or reference in it. Thread-safe; both Boot
 * lines' health indicators read it.
 */
public final class SnapgateHealth implements SnapListener {

    private final Map<ClientKey, Outcome> lastToken = new ConcurrentHashMap<>();
    private final Map<ClientKey, Outcome> lastCall = new ConcurrentHashMap<>();
    private final Map<ClientKey, String> lastCallCode = new ConcurrentHashMap<>();

    @Override
    public void tokenRequested(ClientKey merchant, Outcome outcome, Duration duration) {
        lastToken.put(merchant, outcome);
    }

    @Override
    public void callCompleted(SnapService service, ClientKey merchant, Outcome outcome, Optional<ResponseCode> code,
            Duration duration) {
        lastCall.put(merchant, outcome);
        lastCallCode.put(merchant, code.map(ResponseCode::value).orElse("none"));
    }

    /** A health verdict and its details. */
    public record Status(boolean up, Map<String, Object> details) {
    }

    /** The health of {@code client} now, from what was observed (never a call to NICEPAY). */
    public Status of(SnapClient client) {
        Map<String, Object> details = new LinkedHashMap<>();
        dev.snapgate.http.ClientHealth health = client.health();
        dev.snapgate.http.CircuitState breaker = health.circuitState();
        details.put("circuitBreaker", breaker.name());
        boolean up = breaker != dev.snapgate.http.CircuitState.OPEN;
        Map<String, Object> merchants = new LinkedHashMap<>();
        for (ClientKey merchant : client.clientKeys()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tokenAgeSeconds", health.tokenAge(merchant).map(Duration::toSeconds).orElse(null));
            Outcome token = lastToken.get(merchant);
            Outcome call = lastCall.get(merchant);
            m.put("lastTokenCall", token == null ? "none yet" : token.tag());
            m.put("lastServiceCall", call == null ? "none yet" : call.tag() + " " + lastCallCode.get(merchant));
            if (token == Outcome.UNAUTHORIZED) {
                up = false;
                m.put("problem", "NICEPAY refused the token request: check the merchant's private key and client key");
            } else if (call == Outcome.UNAUTHORIZED) {
                up = false;
                m.put("problem", "NICEPAY refused the last service call's signature: check the client secret");
            }
            merchants.put(merchant.value(), m);
        }
        details.put("merchants", merchants);
        details.put("tokenStoreFailures", health.tokenStoreFailures());
        return new Status(up, details);
    }
}
