/**
 * The inbound side on Jakarta Servlet: {@link dev.snapgate.servlet.SnapInboundServlet} hands each request to the
 * framework-neutral {@code SnapInbound} core. The servlet API is {@code provided} by the platform's container.
 */
package dev.snapgate.servlet;
