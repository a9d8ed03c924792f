package dev.snapgate.emulator.archfixture;

/** Violates: the emulator does not use the client; Feign only in the HTTP adapter. */
public class EmulatorUsingTheClient {
    public dev.snapgate.http.SnapClient client;
    public feign.Feign feign;
}
