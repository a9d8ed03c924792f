package dev.snapgate.spring;

/**
 * A {@code snapgate.*} setting that cannot work, naming the property and the fix (never its value when it is a
 * secret). {@link SnapgateFailureAnalyzer} turns it into Boot's startup failure report.
 */
public final class SnapgatePropertyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final String fix;

    SnapgatePropertyException(String property, String problem, String fix, Throwable cause) {
        super(property + ": " + problem, cause);
        this.property = property;
        this.fix = fix;
    }

    /** The property to change, e.g. {@code snapgate.merchants[0].private-key}. */
    public String property() {
        return property;
    }

    /** What to do about it. */
    public String fix() {
        return fix;
    }
}
