/**
 * The error model: one sealed, unchecked root ({@link dev.snapgate.domain.error.SnapException}) and the subtypes a
 * caller acts on — rejected (fix the request), invalid request (refused before sending), unauthorized, unavailable
 * (retryable for idempotent calls), outcome unknown (settle, never re-send), key and configuration problems,
 * malformed answers. Each carries the parsed SNAP response code where there is one, and never a header, a body, a
 * key or a token.
 */
package dev.snapgate.domain.error;
