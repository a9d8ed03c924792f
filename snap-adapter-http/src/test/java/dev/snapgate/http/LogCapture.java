package dev.snapgate.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** Captures every log event at the most verbose level, with formatted messages and stack traces. */
public final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level previous = root.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public LogCapture() {
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.TRACE);
    }

    public String text() {
        return appender.list.stream().map(e -> {
            StringBuilder sb = new StringBuilder(e.getFormattedMessage());
            var t = e.getThrowableProxy();
            while (t != null) {
                sb.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
                t = t.getCause();
            }
            return sb.toString();
        }).collect(Collectors.joining("\n"));
    }

    public List<ILoggingEvent> events() {
        return appender.list;
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(previous);
    }
}
