package dev.snapgate.http;

import dev.snapgate.domain.AccessToken;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.error.SnapMalformedResponseException;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.error.SnapUnauthorizedException;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.service.ExternalIdGenerator;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.domain.token.CachingTokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SNAP-SPEC §3 over Feign. The body is serialised once; those bytes are hashed and sent. Each attempt takes the
 * current token from the token lifecycle, makes a fresh timestamp and signs afresh. On {@code 401XX01}/{@code 401XX03}
 * the token is invalidated and the call made once more with a new one (same external ID). Idempotent services are
 * retried through Resilience4j; the others go out once, and a 5xx, timeout, lost connection or garbled answer
 * becomes {@link SnapOutcomeUnknownException}. Thread-safe.
 */
final class FeignServiceCaller implements ServiceCaller {

    private static final Logger LOG = LoggerFactory.getLogger(FeignServiceCaller.class);

    private final FeignExchange transport;
    private final Resilience resilience;
    private final Merchants merchants;
    private final CachingTokenIssuer tokens;
    private final ExternalIdGenerator externalIds;
    private final Clock clock;

    FeignServiceCaller(FeignExchange transport, Resilience resilience, Merchants merchants, CachingTokenIssuer tokens,
            ExternalIdGenerator externalIds, Clock clock) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.resilience = Objects.requireNonNull(resilience, "resilience");
        this.merchants = Objects.requireNonNull(merchants, "merchants");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.externalIds = Objects.requireNonNull(externalIds, "externalIds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ServiceResponse call(ServiceRequest request) {
        Objects.requireNonNull(request, "request");
        SnapService service = request.service();
        Merchant merchant = merchants.require(request.clientKey());
        Signer hmac = merchant.requireRequestSigner();
        byte[] body = SnapJson.compact(request.body());
        String operation = service.name() + " call";
        // the token is obtained outside this call's retry loop: the token call has retries of its own, and nesting
        // the two would multiply attempts (and count one failure twice against the breaker)
        // the X-EXTERNAL-ID of the latest attempt: the one a 401XX01/03 answer refers to, and the one the single
        // re-authenticated repeat carries (the server records an ID only for a call it accepted)
        AtomicReference<String> lastExternalId = new AtomicReference<>(request.externalId()
                .orElseGet(this::nextExternalId));
        // the call's own deadline, if it has one, on the monotonic clock the attempts' deadlines use (0: none)
        long deadlineAt = request.deadline().map(d -> System.nanoTime() + d.toNanos()).orElse(0L);
        AccessToken token = tokens.issue(request.clientKey());
        try {
            return send(request, merchant, hmac, token, body, lastExternalId, operation, deadlineAt);
        } catch (SnapUnauthorizedException e) {
            if (!e.requiresNewToken()) {
                throw e;
            }
            LOG.info("{} for {}: token refused ({}), renewing it and trying once more", operation,
                    request.clientKey(), e.responseCode().map(Object::toString).orElse("401"));
            tokens.invalidate(request.clientKey(), token);
            AccessToken fresh = tokens.issue(request.clientKey());
            return send(request, merchant, hmac, fresh, body, new AtomicReference<>(lastExternalId.get()), operation,
                    deadlineAt);
        }
    }

    private static SnapUnavailableException deadlinePassed(ServiceRequest request, String operation) {
        return new SnapUnavailableException(operation + ": the call's deadline of "
                + request.deadline().orElseThrow().toMillis() + " ms passed before this attempt; no request was sent"
                + " by it", SnapUnavailableException.Reason.TIMEOUT);
    }

    private String nextExternalId() {
        String id = externalIds.next();
        try {
            return ExternalIdGenerator.requireValid(id);
        } catch (IllegalArgumentException e) {
            throw new dev.snapgate.domain.error.SnapConfigurationException("the ExternalIdGenerator made an invalid"
                    + " X-EXTERNAL-ID (" + (id == null ? "null" : id.length() + " characters") + "); it must return 1"
                    + " to 36 decimal digits, unique per partner per day. Nothing was sent");
        }
    }

    private ServiceResponse send(ServiceRequest request, Merchant merchant, Signer hmac, AccessToken token,
            byte[] body, AtomicReference<String> externalId, String operation, long deadlineAt) {
        if (deadlineAt != 0 && System.nanoTime() - deadlineAt >= 0) {
            // spent before the first attempt (a slow token refresh): refused here, outside the breaker, which
            // counts only what the upstream did
            throw deadlinePassed(request, operation);
        }
        if (!request.service().idempotent()) {
            return resilience.once(() -> attempt(request, merchant, hmac, token, body, externalId.get(), operation,
                    deadlineAt));
        }
        // a retried inquiry gets a fresh X-EXTERNAL-ID (unless the caller chose one): the upstream may have recorded
        // the previous one, and a reuse the same day is answered 409
        AtomicBoolean first = new AtomicBoolean(true);
        return resilience.withRetry(() -> {
            if (!first.getAndSet(false) && request.externalId().isEmpty()) {
                externalId.set(nextExternalId());
            }
            return attempt(request, merchant, hmac, token, body, externalId.get(), operation, deadlineAt);
        }, deadlineAt);
    }

    private ServiceResponse attempt(ServiceRequest request, Merchant merchant, Signer hmac, AccessToken token,
            byte[] body, String externalId, String operation, long deadlineAt) {
        SnapService service = request.service();
        Duration budget = null;
        if (deadlineAt != 0) {
            long left = deadlineAt - System.nanoTime();
            if (left <= 0) {
                throw deadlinePassed(request, operation);
            }
            budget = Duration.ofNanos(left);
        }
        ClientKey client = merchant.clientKey();
        org.slf4j.MDC.put(SnapMdc.EXTERNAL_ID, externalId); // cleared by SnapClient when the call ends
        SnapTimestamp timestamp = SnapTimestamp.now(clock);
        Signature signature = hmac.sign(StringToSign.forServiceCall(service.method(), service.signedPath(),
                token.value(), body, timestamp));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Authorization", token.authorizationHeader());
        headers.put("X-TIMESTAMP", timestamp.value());
        headers.put("X-SIGNATURE", signature.value());
        headers.put("X-PARTNER-ID", client.value());
        headers.put("X-EXTERNAL-ID", externalId);
        headers.put("CHANNEL-ID", request.channelId().orElse(merchant.channelId()));
        UpstreamAnswer reply;
        try {
            reply = transport.send(service.method(), service.path(), headers, body, operation, budget);
        } catch (SnapUnavailableException | SnapMalformedResponseException e) {
            throw service.idempotent() ? e : SnapErrors.forMoneyCall(e, request, externalId, operation);
        }
        if (reply.isSuccess()) {
            if (reply.responseCode().serviceCode().value() != service.code().value()) {
                LOG.info("{}: answer carries service code {} instead of {}", operation,
                        reply.responseCode().serviceCode(), service.code());
            }
            return new ServiceResponse(service, reply.responseCode(), reply.responseMessage(),
                    reply.json(), externalId);
        }
        SnapException failure = SnapErrors.fromAnswer(reply, operation);
        if (!service.idempotent() && (failure instanceof SnapUnavailableException
                || failure instanceof SnapMalformedResponseException)) {
            throw SnapErrors.forMoneyCall(failure, request, externalId, operation);
        }
        throw failure;
    }
}
