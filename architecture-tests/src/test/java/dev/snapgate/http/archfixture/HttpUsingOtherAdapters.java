package dev.snapgate.http.archfixture;

/** Violates: adapters do not depend on each other; WireMock only in the emulator. */
public class HttpUsingOtherAdapters {
    public dev.snapgate.signing.SigningKey key;
    public com.github.tomakehurst.wiremock.WireMockServer server;
}
