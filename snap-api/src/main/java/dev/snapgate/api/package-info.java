/**
 * NICEPAY's services, typed: immutable request records with NICEPAY's JSON field names (each turns into the body
 * the untyped {@code ServiceRequest} carries, checked by {@code RequestRules} before anything is signed), answers
 * that keep every field NICEPAY sends ({@code response()}), transaction states that keep unknown codes, one facade
 * per family ({@link dev.snapgate.api.VirtualAccounts}, {@link dev.snapgate.api.Ewallets},
 * {@link dev.snapgate.api.Qris}, {@link dev.snapgate.api.Payouts}) and the settling of unknown outcomes
 * ({@link dev.snapgate.api.Settlement}). Plain Java; every type is immutable or thread-safe, and nothing here
 * accepts null unless its Javadoc says so ({@code Optional} marks what may be absent).
 */
package dev.snapgate.api;
