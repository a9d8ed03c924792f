package dev.snapgate.http.archfixture;

/** Violates: credential fields are secrets; no java.util.logging; no generic exceptions; no field injection. */
public class LeakyCredentials {
    private String clientSecret;
    private char[] keyPassword;
    @jakarta.inject.Inject
    private Object injected;
    private final java.util.logging.Logger log = java.util.logging.Logger.getLogger("x");

    public String secret() {
        log.info("x");
        if (clientSecret == null && keyPassword == null && injected == null) {
            throw new RuntimeException("generic");
        }
        return clientSecret;
    }
}
