/**
 * NICEPAY's services, typed: immutable request records with NICEPAY's JSON field names (each turns into the body
 * the untyped {@code ServiceRequest} carries, checked by {@code RequestRules} before anything is signed), answers
 * that keep every field NICEPAY sends ({@code response()}), transaction states that keep unknown codes, one facade
 * per family ({@link dev.snapgate.domain.api.VirtualAccounts}, {@link dev.snapgate.domain.api.Ewallets},
 * {@link dev.snapgate.domain.api.Qris}, {@link dev.snapgate.domain.api.Payouts}) and the settling of unknown outcomes
 * ({@link dev.snapgate.domain.api.Settlement}). Plain Java; every type is immutable or thread-safe, and nothing here
 * accepts null unless its Javadoc says so ({@code Optional} marks what may be absent).
 */
package dev.snapgate.domain.api;
