package dev.snapgate.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Boot's startup failure report for a bad {@code snapgate.*} setting: the property, the problem and the fix. */
public final class SnapgateFailureAnalyzer extends AbstractFailureAnalyzer<SnapgatePropertyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SnapgatePropertyException cause) {
        return new FailureAnalysis("snapgate could not start: " + cause.getMessage(), cause.fix(), cause);
    }
}
