package dev.snapgate.http;

/**
 * The SLF4J MDC keys snapgate sets while a call runs, so every log line of the platform inside it (its {@code Signer},
 * its logging) can be joined to NICEPAY's records; cleared when the call ends. Never a token.
 */
public final class SnapMdc {

    /** The service's catalogue name during a service call, e.g. {@code VA_CREATE}. */
    public static final String SERVICE = "snapgate.service";
    /** The merchant's client key during a token or service call. */
    public static final String MERCHANT = "snapgate.merchant";
    /** The call's {@code X-EXTERNAL-ID} (of the attempt in flight). */
    public static final String EXTERNAL_ID = "snapgate.externalId";

    private SnapMdc() {
    }
}
