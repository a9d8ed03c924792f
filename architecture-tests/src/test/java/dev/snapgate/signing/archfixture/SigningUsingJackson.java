package dev.snapgate.signing.archfixture;

/** Violates: signing is JDK-only; Jackson only in the HTTP adapter. */
public class SigningUsingJackson {
    public com.fasterxml.jackson.databind.ObjectMapper mapper;
}
