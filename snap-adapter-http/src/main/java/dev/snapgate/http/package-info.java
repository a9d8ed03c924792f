/**
 * The outbound SNAP client. The entry point is {@link dev.snapgate.http.SnapClient} (built with
 * {@code SnapClient.builder()}), configured with {@link dev.snapgate.http.HttpSettings} and
 * {@link dev.snapgate.http.ResilienceSettings}, observed through {@link dev.snapgate.http.SnapClient#health()}, a
 * {@code SnapListener} or Micrometer (both on the builder). Behind it, package-private: Feign over the JDK {@code HttpClient}
 * (HTTP/1.1, no redirects, one deadline per attempt, bounded response size), Jackson for the wire DTOs, Resilience4j
 * retry, circuit breaker and bulkhead, and {@code SnapErrors}, the one place where failures are classified. No Feign,
 * Jackson or Resilience4j type appears in a public signature; every failure is a
 * {@link dev.snapgate.domain.error.SnapException}.
 */
package dev.snapgate.http;
