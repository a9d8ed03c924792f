package dev.snapgate.cli;

import java.util.Map;

/** Public access to in-process CLI runs for tests in other packages. */
public final class CliRuns {

    /** Exit code, stdout and stderr of one run. */
    public record Result(int exit, String out, String err) {
        public String all() {
            return out + "\n" + err;
        }
    }

    private CliRuns() {
    }

    public static Result run(Map<String, String> env, String... args) {
        CliRun r = CliRun.of(env, args);
        return new Result(r.exit(), r.out(), r.err());
    }
}
