package dev.snapgate.app.archfixture;

/** Violates: standard streams only in the CLI. */
public class PrintsToStdout {
    public void shout() {
        System.out.println("hello");
    }
}
