package dev.snapgate.servlet;

import dev.snapgate.inbound.InboundRequest;
import dev.snapgate.inbound.InboundResponse;
import dev.snapgate.inbound.SnapInbound;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * NICEPAY's calls to the merchant, on any Servlet 6 container (Tomcat 10.1+, Jetty 12 ee10, Spring MVC's embedded
 * containers). Mount it under a prefix and give NICEPAY the URLs below it, e.g. with the servlet mapped to
 * {@code /nicepay/*}: {@code /nicepay/api/v1.0/access-token/b2b}, {@code /nicepay/api/v1.0/transfer-va/inquiry},
 * {@code /nicepay/api/v1.0/transfer-va/payment} and {@code /nicepay/notify}.
 *
 * <pre>{@code
 * SnapInbound inbound = SnapInbound.builder()
 *         .nicepayPublicKey(PublicKeyLoader.load(Path.of("nicepay.pub")))
 *         .clientKey(ClientKey.of("IONPAYTEST"))
 *         .clientSecret(new HmacSha512Signer(clientSecret))
 *         .bills(myBills)
 *         .notifications(myReceiver)
 *         .build();
 * servletContext.addServlet("nicepay", new SnapInboundServlet(inbound)).addMapping("/nicepay/*");
 * }</pre>
 *
 * <p>Bodies are read up to the core's limit plus one byte, never more. Stateless and thread-safe.
 */
public final class SnapInboundServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SnapInbound core;

    public SnapInboundServlet(SnapInbound core) {
        this.core = Objects.requireNonNull(core, "core");
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes(core.maxBodyBytes() + 1);
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, Collections.list(req.getHeaders(name)));
        }
        InboundRequest request = InboundRequest.of(req.getMethod(), req.getRequestURI(), headers, body);
        String peer = req.getRemoteAddr();
        InboundResponse response = core.handle(peer == null ? request : request.withRemoteAddress(peer));
        resp.setStatus(response.status());
        response.headers().forEach(resp::setHeader);
        byte[] bytes = response.body();
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
