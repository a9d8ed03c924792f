package dev.snapgate.domain.service;

import java.time.Clock;

/**
 * Makes {@code X-EXTERNAL-ID} values: 1 to 36 decimal digits, unique per partner per Jakarta day. Plug in your own
 * (e.g. IDs from your order system) or use {@link #random(Clock)}. Implementations are thread-safe.
 */
public interface ExternalIdGenerator {

    /** SNAP's limit. */
    int MAX_LENGTH = 36;

    /** A new ID; must satisfy {@link #requireValid(String)}. */
    String next();

    /** The default: 36 digits, epoch milliseconds followed by 23 random digits (see {@link RandomExternalIds}). */
    static ExternalIdGenerator random(Clock clock) {
        return new RandomExternalIds(clock);
    }

    /** @throws IllegalArgumentException unless {@code id} is 1 to 36 decimal digits */
    static String requireValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || !digitsOnly(id)) {
            throw new IllegalArgumentException("X-EXTERNAL-ID must be 1 to " + MAX_LENGTH + " decimal digits, unique"
                    + " per partner per day");
        }
        return id;
    }

    /** Checked on every call's ID, so a plain loop rather than a stream. */
    private static boolean digitsOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
