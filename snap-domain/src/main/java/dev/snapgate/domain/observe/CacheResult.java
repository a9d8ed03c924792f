package dev.snapgate.domain.observe;

import java.util.Locale;

/** What the token cache did for one caller. */
public enum CacheResult {
    /** A cached token was handed out. */
    HIT,
    /** This caller obtained a new token (from the shared store or the upstream). */
    MISS,
    /** This caller joined another caller's refresh and waited for it. */
    WAIT;

    private final String tag = name().toLowerCase(Locale.ROOT);

    public String tag() {
        return tag;
    }
}
