package dev.snapgate.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.observe.CacheResult;
import dev.snapgate.domain.observe.Outcome;
import dev.snapgate.domain.observe.SnapListener;
import dev.snapgate.domain.service.SnapService;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code --verbose}: the attempt timeline on stderr (token cache result, each HTTP attempt with its status and
 * duration, the token call, the service call), from the same events the metrics use: never a token or a secret.
 */
final class VerboseTimeline implements SnapListener {

    private final PrintWriter err;
    private final long start = System.nanoTime();

    VerboseTimeline(PrintWriter err) {
        this.err = err;
    }

    /** {@code base} plus, when {@code verbose}, a module that adds this timeline as a listener. */
    static Module[] modules(boolean verbose, PrintWriter err, Module[] base) {
        if (!verbose) {
            return base;
        }
        Module[] all = Arrays.copyOf(base, base.length + 1);
        all[base.length] = new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), SnapListener.class).addBinding()
                        .toInstance(new VerboseTimeline(err));
            }
        };
        return all;
    }

    private void line(String text) {
        err.printf("snapgate: +%4d ms  %s%n", (System.nanoTime() - start) / 1_000_000, text);
        err.flush();
    }

    @Override
    public void tokenCache(ClientKey merchant, CacheResult result) {
        line("token cache " + result.tag() + " (" + merchant + ")");
    }

    @Override
    public void attempt(String operation, String status, Duration duration) {
        line("attempt " + operation + " -> " + status + " in " + duration.toMillis() + " ms");
    }

    @Override
    public void tokenRequested(ClientKey merchant, Outcome outcome, Duration duration) {
        line("token request " + outcome.tag() + " in " + duration.toMillis() + " ms");
    }

    @Override
    public void callCompleted(SnapService service, ClientKey merchant, Outcome outcome, Optional<ResponseCode> code,
            Duration duration) {
        line("call " + service + " " + outcome.tag() + code.map(c -> " " + c).orElse("") + " in "
                + duration.toMillis() + " ms");
    }

    @Override
    public void breakerStateChanged(String breaker, String from, String to) {
        line("circuit breaker " + from + " -> " + to);
    }
}
