/**
 * SNAP's codes as values: {@link dev.snapgate.domain.code.ResponseCode} ({@code HHHSSCC}: HTTP status, service code,
 * case code) and {@link dev.snapgate.domain.code.ServiceCode}. Depends on nothing else in snapgate, so the error model
 * and every service can carry them.
 */
package dev.snapgate.domain.code;
