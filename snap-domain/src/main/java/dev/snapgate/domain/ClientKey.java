package dev.snapgate.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The client ID NICEPAY issued to a merchant ({@code X-CLIENT-KEY}, also {@code X-PARTNER-ID}), e.g.
 * {@code IONPAYTEST}. Not a secret. Printable ASCII without spaces or {@code |} (the token signature's separator),
 * at most 64 characters.
 */
public record ClientKey(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[\\x21-\\x7E&&[^|]]{1,64}");

    public ClientKey {
        Objects.requireNonNull(value, "client key");
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("client key must be 1 to 64 printable ASCII characters without spaces"
                    + " or '|' (the SNAP signature separator); use the client ID NICEPAY issued, e.g. IONPAYTEST");
        }
    }

    public static ClientKey of(String value) {
        return new ClientKey(value);
    }

    /** NICEPAY's {@code CHANNEL-ID} convention: the client key followed by {@code 01}. */
    public String defaultChannelId() {
        return value + "01";
    }

    @Override
    public String toString() {
        return value;
    }
}
