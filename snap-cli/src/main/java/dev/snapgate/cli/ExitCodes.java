package dev.snapgate.cli;

import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.error.SnapKeyException;
import dev.snapgate.domain.error.SnapMalformedResponseException;
import dev.snapgate.domain.error.SnapOutcomeUnknownException;
import dev.snapgate.domain.error.SnapRejectedException;
import dev.snapgate.domain.error.SnapUnauthorizedException;
import dev.snapgate.domain.error.SnapUnavailableException;

/** The CLI's documented exit codes (listed for people in {@link SnapgateCli}'s help and the README). */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int SIGNATURE_INVALID = 1;
    public static final int USAGE_OR_CONFIGURATION = 2;
    public static final int KEY_PROBLEM = 3;
    public static final int REJECTED = 4;
    public static final int UNAVAILABLE = 5;
    public static final int OUTCOME_UNKNOWN = 6;
    public static final int INTERNAL_ERROR = 9;

    private ExitCodes() {
    }

    static int of(SnapException e) {
        if (e instanceof SnapConfigurationException || e instanceof dev.snapgate.domain.error.SnapInvalidRequestException) {
            return USAGE_OR_CONFIGURATION;
        }
        if (e instanceof SnapKeyException) {
            return KEY_PROBLEM;
        }
        if (e instanceof SnapRejectedException || e instanceof SnapUnauthorizedException) {
            return REJECTED;
        }
        if (e instanceof SnapUnavailableException || e instanceof SnapMalformedResponseException) {
            return UNAVAILABLE;
        }
        if (e instanceof SnapOutcomeUnknownException) {
            return OUTCOME_UNKNOWN;
        }
        return INTERNAL_ERROR;
    }
}
