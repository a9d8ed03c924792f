package dev.snapgate.cli;

import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.error.SnapKeyException;

/**
 * The library's messages speak of the API; the CLI adds which option or environment variable fixes the problem,
 * chosen by the error's type and kind, never by reading its text.
 */
final class CliHints {

    private CliHints() {
    }

    /** {@code e}'s message, followed by the CLI's own way to fix it where there is one. */
    static String message(SnapException e) {
        return e.getMessage() + hint(e);
    }

    static String hint(SnapException e) {
        if (!(e instanceof SnapKeyException key)) {
            return "";
        }
        return switch (key.problem()) {
            case PASSWORD_REQUIRED -> " (SNAPGATE_KEY_PASSWORD or --key-password-env VAR / --key-password-file FILE)";
            case WRONG_PASSWORD -> "; check SNAPGATE_KEY_PASSWORD or the variable or file given with"
                    + " --key-password-env / --key-password-file";
            case WRONG_KEYSTORE_PASSWORD -> "; check SNAPGATE_KEYSTORE_PASSWORD or the variable or file given with"
                    + " --keystore-password-env / --keystore-password-file";
            case KEY_PASSWORD_REQUIRED -> "; give it with SNAPGATE_KEY_PASSWORD or --key-password-env VAR";
            case ALIAS_NOT_FOUND, ALIAS_REQUIRED -> "; set SNAPGATE_KEY_ALIAS or --key-alias";
            case KEYSTORE_GIVEN_AS_KEY -> "; use --keystore for a PKCS#12 keystore";
            case KEY_GIVEN_AS_KEYSTORE -> "; use --private-key for PEM and Base64 keys";
            case NOT_A_PRIVATE_KEY, OTHER -> "";
        };
    }
}
