/**
 * The SNAP BI protocol as plain Java: value types ({@link dev.snapgate.domain.ClientKey},
 * {@link dev.snapgate.domain.SnapTimestamp}, {@link dev.snapgate.domain.Secret}, ...), the ports that adapters
 * implement ({@link dev.snapgate.domain.TokenIssuer}, {@link dev.snapgate.domain.Signer},
 * {@link dev.snapgate.domain.SignatureVerifier}), the rules that build strings to sign, and the sealed error model
 * rooted at {@link dev.snapgate.domain.error.SnapException}. Nothing here depends on anything but the JDK; unless a
 * method says otherwise, parameters and return values are never {@code null}.
 */
package dev.snapgate.domain;

import dev.snapgate.domain.error.SnapException;