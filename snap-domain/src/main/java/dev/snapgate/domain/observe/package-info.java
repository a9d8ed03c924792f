/**
 * Observing snapgate without a metrics library: the {@link dev.snapgate.domain.observe.SnapListener} port receives
 * every token call, token-cache result, service call, HTTP attempt, breaker state change and unknown outcome, with
 * low-cardinality facts only (never a token, external ID or reference). The Micrometer binding is one implementation.
 */
package dev.snapgate.domain.observe;
