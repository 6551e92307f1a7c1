package dev.camelwhatsapp.cloud.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the answers of one endpoint's Graph API client for Meta's deprecation signals: the
 * {@code X-Ad-Api-Version-Warning} header, and a {@code Facebook-Api-Version} header naming another version than the
 * one requested (Meta serves a request to an ended version with its oldest live version). The first signal is logged
 * at WARN, once; the latest is kept for the readiness check and {@code diagnose}.
 */
public final class ApiVersionWatch {

    /** The header in which Meta warns that the requested version is deprecated or was replaced. */
    public static final String WARNING_HEADER = "X-Ad-Api-Version-Warning";
    /** The header naming the version that served the request. */
    public static final String SERVED_VERSION_HEADER = "Facebook-Api-Version";

    private static final Logger LOG = LoggerFactory.getLogger(ApiVersionWatch.class);

    private final String requested;
    private final Clock clock;
    private final AtomicReference<Signal> latest = new AtomicReference<>();
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * A deprecation signal from Meta.
     *
     * @param requested the version requested
     * @param served    the version that served the request, or {@code null} if Meta did not say
     * @param warning   the warning header's text, or {@code null}
     * @param call      the call it came with, e.g. {@code POST 106540352242922/messages}
     * @param at        when
     */
    public record Signal(String requested, String served, String warning, String call, Instant at) {

        /** @return the signal in words */
        public String describe() {
            StringBuilder text = new StringBuilder("Meta answered ").append(call).append(" requested in ")
                    .append(requested);
            if (served != null && !served.equals(requested)) {
                text.append(" with version ").append(served);
            }
            if (warning != null) {
                text.append(": ").append(warning);
            }
            return text.toString();
        }
    }

    /**
     * @param requested the configured {@code apiVersion}
     * @param clock     the endpoint's clock, which dates each signal
     */
    public ApiVersionWatch(String requested, Clock clock) {
        this.requested = requested;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the version this client requests */
    public String requested() {
        return requested;
    }

    /**
     * Looks at one answer's headers.
     *
     * @param call    the call, for the log (never a query string)
     * @param served  the {@value #SERVED_VERSION_HEADER} header, or {@code null}
     * @param warning the {@value #WARNING_HEADER} header, or {@code null}
     */
    public void observe(String call, String served, String warning) {
        boolean otherVersion = served != null && !served.isBlank() && !served.trim().equals(requested);
        boolean warned = warning != null && !warning.isBlank();
        if (!otherVersion && !warned) {
            return;
        }
        // the path names the call; its query (fields, filters) only makes the line long
        String path = call.indexOf('?') < 0 ? call : call.substring(0, call.indexOf('?'));
        Signal signal = new Signal(
                requested, served == null ? null : served.trim(),
                warned ? warning.trim() : null, path, clock.instant());
        latest.set(signal);
        if (this.warned.compareAndSet(false, true)) {
            LOG.warn("{}. Set apiVersion to a supported version (the newest is {}).", signal.describe(),
                    ApiVersions.CURRENT);
        }
    }

    /** @return the latest deprecation signal, or empty if Meta sent none */
    public Optional<Signal> latest() {
        return Optional.ofNullable(latest.get());
    }
}
