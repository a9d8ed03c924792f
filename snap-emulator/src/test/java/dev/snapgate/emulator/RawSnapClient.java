package dev.snapgate.emulator;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.signing.HmacSha512Signer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds SNAP requests by hand with the JDK HttpClient and the signing module, independently of snapgate's own
 * client, so a bug shared by both sides cannot make them agree.
 */
final class RawSnapClient {

    record Answer(int status, String body) {
        String field(String name) {
            Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
            return m.find() ? m.group(1) : null;
        }

        String code() {
            return field("responseCode");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;

    RawSnapClient(URI base) {
        this.base = base;
    }

    Answer send(String method, String path, Map<String, String> headers, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    Map<String, String> tokenHeaders(ClientKey client, SnapTimestamp ts, Signer signer) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.put("X-TIMESTAMP", ts.value());
        h.put("X-CLIENT-KEY", client.value());
        h.put("X-SIGNATURE", signer.sign(StringToSign.forTokenRequest(client, ts)).value());
        return h;
    }

    Answer token(ClientKey client, SnapTimestamp ts, Signer signer) throws IOException, InterruptedException {
        return send("POST", Journal.TOKEN_PATH, tokenHeaders(client, ts, signer),
                "{\"grantType\":\"client_credentials\",\"additionalInfo\":{}}");
    }

    Map<String, String> serviceHeaders(SnapService service, ClientKey partner, String token, Secret clientSecret,
            SnapTimestamp ts, String externalId, String body) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.put("Authorization", "Bearer " + token);
        h.put("X-TIMESTAMP", ts.value());
        h.put("X-SIGNATURE", new HmacSha512Signer(clientSecret).sign(StringToSign.forServiceCall(service.method(),
                service.signedPath(), Secret.of(token), body.getBytes(StandardCharsets.UTF_8), ts)).value());
        h.put("X-PARTNER-ID", partner.value());
        h.put("X-EXTERNAL-ID", externalId);
        h.put("CHANNEL-ID", partner.defaultChannelId());
        return h;
    }
}
