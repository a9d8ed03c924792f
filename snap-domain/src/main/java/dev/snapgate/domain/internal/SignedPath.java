package dev.snapgate.domain.internal;

import java.util.Objects;

/** SNAP's rule for the path inside a symmetric signature: strip the leading {@code /nicepay} prefix, and only that. */
public final class SignedPath {

    private static final String PREFIX = "/nicepay";

    private SignedPath() {
    }

    /**
     * {@code /nicepay/api/v1.0/transfer-va/create-va} becomes {@code /api/v1.0/transfer-va/create-va}; a path
     * without the prefix is returned as is; a later {@code /nicepay} segment is left alone.
     *
     * @throws IllegalArgumentException if the path is not absolute or carries a query or fragment
     */
    public static String of(String requestPath) {
        Objects.requireNonNull(requestPath, "requestPath");
        if (!requestPath.startsWith("/") || requestPath.contains("?") || requestPath.contains("#")) {
            throw new IllegalArgumentException("request path must be absolute, without host, query or fragment: "
                    + requestPath);
        }
        if (requestPath.startsWith(PREFIX + "/")) {
            return requestPath.substring(PREFIX.length());
        }
        return requestPath;
    }
}
