package dev.snapgate.emulator;

import static dev.snapgate.api.schema.Fields.ADDITIONAL_INFO;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.snapgate.domain.internal.BodyDigest;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.service.SnapService;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The emulator's brain, as a WireMock response transformer: checks each request the way NICEPAY does and builds
 * the answer, unless the {@link FaultScript} says to misbehave.
 */
final class SnapEmulatorTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "snapgate-emulator";

    /** What the request being answered was found to be, for the console ({@link Inspections}). */
    private static final ThreadLocal<Map<String, String>> WHY = ThreadLocal.withInitial(LinkedHashMap::new);

    private final EmulatorState state;
    private final FaultScript faults;
    private final Ledger ledger;
    private final Inspections inspections;

    SnapEmulatorTransformer(EmulatorState state, FaultScript faults, Ledger ledger, Inspections inspections) {
        this.state = state;
        this.faults = faults;
        this.ledger = ledger;
        this.inspections = inspections;
    }

    /** Notes a fact about the request being answered (shown by the console; never a secret). */
    static void why(String key, String value) {
        WHY.get().put(key, value);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = pathOf(request.getUrl());
        WHY.get().clear();
        try {
            FaultScript.Step step = faults.take(path);
            if (step != null && step.kind() != FaultScript.Kind.DELAY) {
                why("fault", "answered by the fault script (" + step.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + "), not by the emulator's checks");
                return inspected(request, path, scripted(step, path));
            }
            ResponseDefinitionBuilder answer = path.equals(Journal.TOKEN_PATH) ? token(request)
                    : service(request, path);
            if (step != null) {
                why("fault", "delayed " + step.delay().toMillis() + " ms by the fault script");
                answer = answer.withFixedDelay((int) step.delay().toMillis());
            }
            return inspected(request, path, answer.build());
        } finally {
            WHY.get().clear();
        }
    }

    private ResponseDefinition inspected(Request request, String path, ResponseDefinition answer) {
        try {
            boolean token = path.equals(Journal.TOKEN_PATH);
            String service = token ? "ACCESS_TOKEN" : SnapService.byPath(path).map(Enum::name).orElse("unknown");
            Map<String, Object> body = answer.getBody() == null ? null : jsonObject(answer.getBody());
            String code = body != null && body.get("responseCode") instanceof String c ? c : "";
            String message = body != null && body.get("responseMessage") instanceof String m ? m : "";
            String sent = request.getBodyAsString();
            inspections.add(state.clock.instant(), request.getHeader(token ? "X-CLIENT-KEY" : "X-PARTNER-ID"), service,
                    request.getMethod().getName(), path, answer.getStatus(), code, message, WHY.get(),
                    sent == null ? "" : sent.length() > 2000 ? sent.substring(0, 2000) + "…" : sent);
        } catch (RuntimeException e) {
            // the console is a view: it never changes what a client is answered
        }
        return answer;
    }

    // ---------------------------------------------------------------- token

    private ResponseDefinitionBuilder token(Request request) {
        int sc = 73;
        if (!"POST".equals(request.getMethod().getName())) {
            return snap(405, 405, sc, 0, "Method Not Allowed");
        }
        if (!isJson(request.getHeader("Content-Type"))) {
            return snap(400, 400, sc, 0, "Bad Request. Content-Type must be application/json");
        }
        String missing = firstMissing(request, "X-TIMESTAMP", "X-CLIENT-KEY", "X-SIGNATURE");
        if (missing != null) {
            return snap(400, 400, sc, 2, "Invalid Mandatory Field [" + missing + "]");
        }
        Optional<SnapTimestamp> timestamp = timestamp(request.getHeader("X-TIMESTAMP"));
        if (timestamp.isEmpty()) {
            return snap(400, 400, sc, 1, "Invalid Field Format [X-TIMESTAMP]");
        }
        EmulatorState.Client client = state.client(request.getHeader("X-CLIENT-KEY"));
        if (client == null) {
            why("hint", "no client with this X-CLIENT-KEY is registered at the emulator");
            return snap(401, 401, sc, 0, "Unauthorized. [Unknown client]");
        }
        if (!withinSkew(timestamp.get())) {
            skewDetails(timestamp.get());
            return snap(401, 401, sc, 0, "Unauthorized. [X-TIMESTAMP outside the allowed window]");
        }
        if (!rsaValid(client, timestamp.get(), request.getHeader("X-SIGNATURE"))) {
            why("stringToSign", client.key().value() + "|" + timestamp.get().value());
            why("hint", "X-SIGNATURE does not verify over exactly this string with the public key registered for "
                    + client.key().value() + ": sign X-CLIENT-KEY|X-TIMESTAMP, the header values as sent, with"
                    + " SHA256withRSA and the private key whose public half NICEPAY has");
            return snap(401, 401, sc, 0, "Unauthorized. [Signature]");
        }
        Map<String, Object> body = jsonObject(request.getBodyAsString());
        if (body == null) {
            return snap(400, 400, sc, 0, "Bad Request. Body must be a JSON object");
        }
        if (body.get("grantType") == null || String.valueOf(body.get("grantType")).isBlank()) {
            return snap(400, 400, sc, 2, "Invalid Mandatory Field [grantType]");
        }
        if (!"client_credentials".equals(body.get("grantType"))) {
            return snap(400, 400, sc, 1, "Invalid Field Format [grantType]");
        }
        if (body.containsKey(ADDITIONAL_INFO) && !(body.get(ADDITIONAL_INFO) instanceof Map)) {
            return snap(400, 400, sc, 1, "Invalid Field Format [additionalInfo]");
        }
        Map<String, Object> answer = code(200, sc, 0, "Successful");
        answer.put("accessToken", state.issue(client.key()));
        answer.put("tokenType", "Bearer");
        answer.put("expiresIn", String.valueOf(state.tokenLifetime.toSeconds()));
        return json(200, answer);
    }

    private boolean rsaValid(EmulatorState.Client client, SnapTimestamp ts, String signature) {
        try {
            return client.publicKey().verify(StringToSign.forTokenRequest(client.key(), ts), Signature.parse(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    // ---------------------------------------------------------------- services

    private ResponseDefinitionBuilder service(Request request, String path) {
        Optional<SnapService> found = SnapService.byPath(path);
        if (found.isEmpty()) {
            return snap(404, 404, 0, 0, "Not Found. No SNAP service at this path");
        }
        SnapService service = found.get();
        int sc = service.code().value();
        String method = request.getMethod().getName();
        if (!service.method().equals(method)) {
            return snap(405, 405, sc, 0, "Method Not Allowed. Use " + service.method());
        }
        if (!isJson(request.getHeader("Content-Type"))) {
            return snap(400, 400, sc, 0, "Bad Request. Content-Type must be application/json");
        }
        String authorization = request.getHeader("Authorization");
        String bearer = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()) : null;
        EmulatorState.IssuedToken token = state.liveToken(bearer);
        if (token == null) {
            return snap(401, 401, sc, 1, "Invalid Token (B2B)");
        }
        String missing = firstMissing(request, "X-TIMESTAMP", "X-SIGNATURE", "X-PARTNER-ID", "X-EXTERNAL-ID",
                "CHANNEL-ID");
        if (missing != null) {
            return snap(400, 400, sc, 2, "Invalid Mandatory Field [" + missing + "]");
        }
        Optional<SnapTimestamp> timestamp = timestamp(request.getHeader("X-TIMESTAMP"));
        if (timestamp.isEmpty()) {
            return snap(400, 400, sc, 1, "Invalid Field Format [X-TIMESTAMP]");
        }
        String externalId = request.getHeader("X-EXTERNAL-ID");
        // NICEPAY documents String(40), "numeric"; its own Java and Python clients send letters too (OrdNo...), which
        // its sandbox evidently takes: accept both, and note the letters
        if (!externalId.matches("[A-Za-z0-9]{1,40}")) {
            return snap(400, 400, sc, 1, "Invalid Field Format [X-EXTERNAL-ID]");
        }
        if (!externalId.chars().allMatch(Character::isDigit)) {
            state.note(service + ": X-EXTERNAL-ID has letters; NICEPAY's pages ask for digits (String(40), numeric)");
        }
        if (!token.client.value().equals(request.getHeader("X-PARTNER-ID"))) {
            return snap(401, 401, sc, 0, "Unauthorized. [X-PARTNER-ID does not match the token]");
        }
        if (!withinSkew(timestamp.get())) {
            return snap(401, 401, sc, 0, "Unauthorized. [X-TIMESTAMP outside the allowed window]");
        }
        EmulatorState.Client client = state.client(token.client.value());
        if (client == null || client.secret().isEmpty()) {
            return snap(401, 401, sc, 0, "Unauthorized. [No client secret registered]");
        }
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody();
        StringToSign expected = StringToSign.forServiceCall(method, service.signedPath(), Secret.of(bearer),
                BodyDigest.sha256Hex(body), timestamp.get().value());
        boolean valid;
        try {
            valid = client.secret().get().verify(expected, Signature.parse(request.getHeader("X-SIGNATURE")));
        } catch (IllegalArgumentException notBase64) {
            valid = false;
        }
        if (!valid) {
            hmacDetails(method, service, bearer, body, timestamp.get(), client, request.getHeader("X-SIGNATURE"));
            return snap(401, 401, sc, 0, "Unauthorized. [Signature]");
        }
        Map<String, Object> requestJson = body.length == 0 ? Map.of() : jsonObject(request.getBodyAsString());
        if (requestJson == null) {
            return snap(400, 400, sc, 0, "Bad Request. Body must be a JSON object");
        }
        if (!state.firstUse(token.client, externalId)) {
            return snap(409, 409, sc, 0, "Conflict. X-EXTERNAL-ID already used today");
        }
        Ledger.Answer answer = ledger.handle(service, token.client, requestJson);
        return json(answer.status(), answer.body());
    }

    // ---------------------------------------------------------------- helpers

    private ResponseDefinition scripted(FaultScript.Step step, String path) {
        int service = path.equals(Journal.TOKEN_PATH) ? 73 : SnapService.byPath(path).map(s -> s.code().value())
                .orElse(0);
        return switch (step.kind()) {
            case RESPOND -> {
                ResponseDefinitionBuilder b = new ResponseDefinitionBuilder().withStatus(step.status())
                        .withHeader("Content-Type", "application/json")
                        .withBody(Json.write(withMessage(step.body(), service)));
                if (step.retryAfter() != null) {
                    b = b.withHeader("Retry-After", String.valueOf(step.retryAfter().toSeconds()));
                }
                yield b.build();
            }
            case HTML -> new ResponseDefinitionBuilder().withStatus(step.status())
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><head><title>" + step.status() + "</title></head><body><h1>" + step.status()
                            + " Bad Gateway</h1><hr><center>nginx</center></body></html>").build();
            case BODY -> new ResponseDefinitionBuilder().withStatus(step.status()).withBody(step.body()).build();
            case DROP_CONNECTION -> new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
            case EMPTY_RESPONSE -> new ResponseDefinitionBuilder().withFault(Fault.EMPTY_RESPONSE).build();
            case DELAY -> throw new IllegalStateException("a delay is applied to the normal answer");
        };
    }

    private static Map<String, Object> withMessage(String responseCode, int service) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("responseCode", responseCode);
        m.put("responseMessage", "Scripted fault (service " + service + ")");
        return m;
    }

    private void skewDetails(SnapTimestamp ts) {
        why("serverTime", SnapTimestamp.now(state.clock).value());
        why("X-TIMESTAMP", ts.value());
        why("hint", "the timestamp is more than " + state.skew.toSeconds() + " s from the emulator's clock: send"
                + " the current Jakarta time (a client that appends +07:00 to UTC time is 7 hours off)");
    }

    /**
     * Shows the string-to-sign the emulator computed (token masked) and tries the usual mistakes with the registered
     * secret, so the hint can say which part differs.
     */
    private void hmacDetails(String method, SnapService service, String bearer, byte[] body, SnapTimestamp ts,
            EmulatorState.Client client, String signatureHeader) {
        String hash = BodyDigest.sha256Hex(body);
        why("stringToSign", method + ":" + service.signedPath() + ":" + Inspections.mask(bearer) + ":" + hash + ":"
                + ts.value());
        why("bodySha256", hash + " (of the " + body.length + " bytes received)");
        Signature given;
        try {
            given = Signature.parse(signatureHeader);
        } catch (IllegalArgumentException notBase64) {
            why("hint", "X-SIGNATURE is not Base64: send the HMAC-SHA512 bytes Base64-encoded");
            return;
        }
        var secret = client.secret().get();
        java.util.function.BiPredicate<String, String> verifies = (path, digest) -> secret.verify(
                StringToSign.forServiceCall(method, path, Secret.of(bearer), digest, ts.value()), given);
        Map<String, Object> parsed = jsonObject(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        String hint;
        if (parsed != null && !verifies.test(service.signedPath(), hash) && verifies.test(service.signedPath(),
                BodyDigest.sha256Hex(compact(parsed)))) {
            hint = "your body hash differs: you signed the minified body but sent other bytes; hash exactly the"
                    + " bytes you send";
        } else if (verifies.test(service.signedPath(), hash.toUpperCase(java.util.Locale.ROOT))) {
            hint = "your body hash is in upper case: SNAP signs the lower-case hex of SHA-256";
        } else if (verifies.test(service.signedPath(), BodyDigest.EMPTY_BODY_SHA256)) {
            hint = "you signed the hash of an empty body, but sent a body";
        } else if (!service.path().equals(service.signedPath()) && verifies.test(service.path(), hash)) {
            hint = "your signed path differs: you signed " + service.path() + "; NICEPAY signs "
                    + service.signedPath();
        } else {
            hint = "the signature matches none of the usual mistakes: the client secret differs from the one"
                    + " registered, or the token or timestamp you signed differ from the headers you sent";
        }
        why("hint", hint);
    }

    private static byte[] compact(Map<String, Object> parsed) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(parsed);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new byte[0];
        }
    }

    private boolean withinSkew(SnapTimestamp ts) {
        Instant now = state.clock.instant();
        Duration offset = Duration.between(now, ts.instant()).abs();
        return offset.compareTo(state.skew) <= 0;
    }

    /** NICEPAY wants Jakarta time: {@code +07:00}, never {@code Z} or another offset. */
    private static Optional<SnapTimestamp> timestamp(String text) {
        if (text == null || !text.endsWith("+07:00")) {
            return Optional.empty();
        }
        try {
            return Optional.of(SnapTimestamp.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String firstMissing(Request request, String... headers) {
        for (String h : headers) {
            String v = request.getHeader(h);
            if (v == null || v.isBlank()) {
                return h;
            }
        }
        return null;
    }

    /** {@code application/json}, optionally with parameters ({@code ; charset=UTF-8}); nothing else. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.equalsIgnoreCase("application/json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonObject(String text) {
        try {
            Object parsed = Json.read(text, Object.class);
            return parsed instanceof Map ? (Map<String, Object>) parsed : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Object> code(int http, int service, int caseCode, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("responseCode", String.format("%03d%02d%02d", http, service, caseCode));
        m.put("responseMessage", message);
        return m;
    }

    private static ResponseDefinitionBuilder snap(int status, int http, int service, int caseCode, String message) {
        return json(status, code(http, service, caseCode, message));
    }

    private static ResponseDefinitionBuilder json(int status, Map<String, Object> body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(Json.write(body));
    }

    static String pathOf(String url) {
        int q = url.indexOf('?');
        return q >= 0 ? url.substring(0, q) : url;
    }
}
