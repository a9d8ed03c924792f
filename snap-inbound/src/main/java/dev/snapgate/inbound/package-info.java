/**
 * The inbound side, framework-neutral: {@link dev.snapgate.inbound.SnapInbound} takes method, path, headers and body
 * bytes ({@link dev.snapgate.inbound.InboundRequest}) and returns status, headers and body bytes
 * ({@link dev.snapgate.inbound.InboundResponse}) for NICEPAY's calls to the merchant: B2B token issuance, VA inquiry
 * (24) and payment (25), and payment notifications. Web frameworks are adapters around it (the JDK
 * {@code HttpServer} one is in {@code .jdk}; the Jakarta Servlet one is the {@code snap-adapter-servlet} module).
 */
package dev.snapgate.inbound;
