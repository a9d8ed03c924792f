package dev.snapgate.domain.error;

import java.util.Objects;

/**
 * A key or keystore could not be used: missing or unreadable file, unknown or wrong format, non-RSA key, wrong
 * password, missing alias. The message names the file, the format detected and the fix in the API's terms, never
 * key material; {@link #problem()} says which kind of problem it is, so a front end (the CLI, a config UI) can name
 * its own setting without parsing the message.
 */
public final class SnapKeyException extends SnapException {

    /** What kind of key problem this is. */
    public enum Problem {
        /** The key is encrypted and no password was given. */
        PASSWORD_REQUIRED,
        /** The key's password is wrong. */
        WRONG_PASSWORD,
        /** The keystore's password is wrong. */
        WRONG_KEYSTORE_PASSWORD,
        /** The key inside the keystore has its own password, which was not given or is wrong. */
        KEY_PASSWORD_REQUIRED,
        /** The keystore has no private key under the alias given. */
        ALIAS_NOT_FOUND,
        /** The keystore holds several private keys and no alias was given. */
        ALIAS_REQUIRED,
        /** A binary file (a keystore or DER) was given where a PEM or Base64 key is read. */
        KEYSTORE_GIVEN_AS_KEY,
        /** A PEM or Base64 key was given where a PKCS#12 keystore is read. */
        KEY_GIVEN_AS_KEYSTORE,
        /** A public key or certificate was given where a private key is expected. */
        NOT_A_PRIVATE_KEY,
        /** Anything else: missing, unreadable, truncated, non-RSA, unsupported. */
        OTHER
    }

    private final Problem problem;

    public SnapKeyException(String message) {
        this(Problem.OTHER, message, null);
    }

    public SnapKeyException(String message, Throwable cause) {
        this(Problem.OTHER, message, cause);
    }

    public SnapKeyException(Problem problem, String message) {
        this(problem, message, null);
    }

    public SnapKeyException(Problem problem, String message, Throwable cause) {
        super(message, null, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
