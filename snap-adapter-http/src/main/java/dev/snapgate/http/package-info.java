/**
 * The outbound SNAP client: Feign over the JDK {@code HttpClient} (HTTP/1.1, no redirects, bounded timeouts and
 * response size), Jackson for the wire DTOs ({@code *Json} records that never leave this package), and Resilience4j
 * retry and circuit breaking decorating the domain's ports. Entry points: {@link dev.snapgate.http.SnapHttp} (plain
 * factory), {@link dev.snapgate.http.FeignTokenIssuer}, {@link dev.snapgate.http.ResilientTokenIssuer}. No Feign,
 * Jackson or Resilience4j type appears in a public signature; every failure is a
 * {@link dev.snapgate.domain.error.SnapException}.
 */
package dev.snapgate.http;
