package dev.snapgate.app.archfixture;

/** Violates the module hygiene rules on purpose: library code using picocli, logback and the emulator. */
public class AppUsingTheCliStack {
    public picocli.CommandLine commandLine;
    public ch.qos.logback.classic.Logger logger;
    public dev.snapgate.emulator.SnapEmulator emulator;
}
