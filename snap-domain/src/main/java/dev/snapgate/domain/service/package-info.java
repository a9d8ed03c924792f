/**
 * Signed SNAP service calls: the endpoint catalogue ({@link dev.snapgate.domain.service.SnapService}), the request
 * and response values, the {@link dev.snapgate.domain.service.ServiceCaller} port and the {@code X-EXTERNAL-ID}
 * generator. Parameters and results are never null unless a method says so.
 */
package dev.snapgate.domain.service;
