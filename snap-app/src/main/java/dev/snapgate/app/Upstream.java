package dev.snapgate.app;

import java.net.URI;

/** The SNAP server a wired snapgate talks to: a remote NICEPAY host, or the embedded emulator (closed with it). */
public interface Upstream extends AutoCloseable {

    URI baseUrl();

    /** One line for people, e.g. "NICEPAY sandbox at https://dev.nicepay.co.id". */
    String description();

    /** True for the embedded emulator. */
    boolean embedded();

    /** Releases what the upstream holds (stops the embedded emulator); never throws. */
    @Override
    void close();
}
