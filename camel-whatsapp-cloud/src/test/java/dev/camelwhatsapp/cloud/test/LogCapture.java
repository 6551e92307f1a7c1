package dev.camelwhatsapp.cloud.test;

import java.io.StringWriter;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Captures every log line at DEBUG and above, as {@code LEVEL logger message exception}, until closed.
 */
public final class LogCapture implements AutoCloseable {

    private static final String NAME = "capture";

    private final StringWriter lines = new StringWriter();

    private LogCapture() {
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        WriterAppender appender = WriterAppender.newBuilder().setName(NAME).setTarget(capture.lines)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c %m %ex%n").build()).build();
        appender.start();
        configuration.addAppender(appender);
        LoggerConfig root = configuration.getRootLogger();
        root.addAppender(appender, Level.DEBUG, null);
        root.setLevel(Level.DEBUG);
        context.updateLoggers();
        return capture;
    }

    /** Everything logged so far. */
    public String text() {
        synchronized (lines) {
            return lines.toString();
        }
    }

    /** The lines at WARN or above. */
    public String warningsAndErrors() {
        return text().lines().filter(line -> line.startsWith("WARN") || line.startsWith("ERROR")
                || line.startsWith("FATAL"))
                .reduce("", (all, line) -> all + line + "\n");
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().removeAppender(NAME);
        Configurator.setRootLevel(Level.INFO);
    }
}
