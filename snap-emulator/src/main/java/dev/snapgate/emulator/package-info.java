/**
 * A local NICEPAY SNAP emulator on WireMock: it verifies token-request signatures (SHA256withRSA with each client's
 * registered public key) and service-call signatures (HMAC-SHA512 with the client secret), issues and checks bearer
 * tokens, enforces {@code X-EXTERNAL-ID} uniqueness, answers with NICEPAY's response codes, and can be scripted to
 * misbehave ({@link dev.snapgate.emulator.FaultScript}). It keeps a request journal
 * ({@link dev.snapgate.emulator.Journal}). WireMock types never leave this package.
 */
package dev.snapgate.emulator;
