/**
 * The token lifecycle: {@link dev.snapgate.domain.token.CachingTokenIssuer} keeps one current token per merchant,
 * refreshes it ahead of expiry with exactly one upstream call however many callers wait, and forgets a token the
 * upstream called invalid. Parameters and results are never null.
 */
package dev.snapgate.domain.token;
