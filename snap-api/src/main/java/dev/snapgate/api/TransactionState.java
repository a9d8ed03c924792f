package dev.snapgate.api;

/**
 * A transaction's state as NICEPAY reports it in {@code latestTransactionStatus}, per family. Each keeps the two-digit
 * code as sent, so a code NICEPAY adds later is kept rather than refused ({@code known()} is then empty).
 */
public sealed interface TransactionState permits VaState, EwalletState, QrisState, PayoutState {

    /** The code as NICEPAY sent it, e.g. {@code 00}. */
    String code();

    /** True when the state will not change any more (paid, refunded, cancelled, failed...). */
    boolean isFinal();

    /** True while NICEPAY itself does not know the outcome yet (payout {@code 08}): ask again later. */
    default boolean isSuspect() {
        return false;
    }
}
