package dev.snapgate.cli;

import dev.snapgate.emulator.NotificationDelivery;
import dev.snapgate.emulator.SnapEmulator;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The standalone emulator's console: lines typed on stdin play the customer and the banks (the emulator's admin API
 * stays closed over HTTP). One command per line; each returns the line to print.
 */
final class EmulatorConsole {

    static final String HELP = "commands: pay-va TRXID|VA_NO, pay-qris REF, settle-ewallet REF, fail-ewallet REF,"
            + " fail-payout REF, suspect-payout REF, complete-payout REF, help (state is in memory only)";

    private final SnapEmulator emulator;

    EmulatorConsole(SnapEmulator emulator) {
        this.emulator = emulator;
    }

    String execute(String line) {
        String[] parts = line.strip().split("\\s+", 2);
        String command = parts[0].toLowerCase(Locale.ROOT);
        if (command.isEmpty()) {
            return "";
        }
        if (command.equals("help")) {
            return HELP;
        }
        if (parts.length < 2) {
            return "'" + command + "' needs a reference; " + HELP;
        }
        String ref = parts[1].strip();
        try {
            return switch (command) {
                case "pay-va" -> delivered("VA " + ref + " paid", emulator.payVirtualAccount(ref));
                case "pay-qris" -> delivered("QRIS order " + ref + " paid", emulator.payQris(ref));
                case "settle-ewallet" -> delivered("e-wallet payment " + ref + " settled", emulator.settleEwallet(ref));
                case "fail-ewallet" -> delivered("e-wallet payment " + ref + " failed (06)", emulator.failEwallet(ref));
                case "fail-payout" -> {
                    emulator.failPayout(ref);
                    yield "payout " + ref + " fails (09)";
                }
                case "suspect-payout" -> {
                    emulator.holdPayoutAsSuspect(ref);
                    yield "payout " + ref + " stays suspect (08) when approved, until complete-payout";
                }
                case "complete-payout" -> {
                    emulator.completePayout(ref);
                    yield "payout " + ref + " completed (00)";
                }
                default -> "unknown command '" + command + "'; " + HELP;
            };
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    private static String delivered(String what, CompletableFuture<NotificationDelivery> delivery) {
        try {
            NotificationDelivery d = delivery.get(30, TimeUnit.SECONDS);
            if (d.attempts() == 0) {
                return what + "; no dbProcessUrl, so no notification";
            }
            return what + "; notification to " + d.url() + (d.delivered() ? " delivered" : " NOT delivered")
                    + " after " + d.attempts() + " attempt(s), last HTTP status " + d.lastStatus();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return what + "; interrupted while delivering the notification";
        } catch (ExecutionException | TimeoutException e) {
            return what + "; the notification could not be delivered (" + e.getClass().getSimpleName() + ")";
        }
    }
}
