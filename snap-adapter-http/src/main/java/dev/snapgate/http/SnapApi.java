package dev.snapgate.http;

import feign.HeaderMap;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import java.util.Map;

/**
 * NICEPAY's SNAP endpoints as a Feign contract. Methods return the raw {@link Response} because a SNAP answer must
 * be judged by the HTTP status and the body's {@code responseCode} together, with a size cap, before any decoding.
 */
interface SnapApi {

    String TOKEN_PATH = "/nicepay/v1.0/access-token/b2b";

    @RequestLine("POST " + TOKEN_PATH)
    Response accessToken(@HeaderMap Map<String, String> headers, byte[] body);

    @RequestLine("POST {path}")
    Response post(@Param(value = "path", encoded = true) String path, @HeaderMap Map<String, String> headers,
            byte[] body);

    @RequestLine("DELETE {path}")
    Response delete(@Param(value = "path", encoded = true) String path, @HeaderMap Map<String, String> headers,
            byte[] body);
}
