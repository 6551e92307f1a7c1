package dev.camelwhatsapp.cloud.api;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Graph API versions the component knows, with the dates Meta ends them: the one place this list is kept.
 * <p>
 * Meta keeps a version for about two years after the next one is released. A request to an ended version is served
 * by the oldest version still available, with an {@code X-Ad-Api-Version-Warning} header, which is why an integration
 * that pins its version must watch the calendar (see {@link ApiVersionWatch} for the signals in answers).
 */
public final class ApiVersions {

    /** The newest version, the default {@code apiVersion}. */
    public static final String CURRENT = "v26.0";

    /** How long before a version's end the component warns. */
    public static final Period WARNING_PERIOD = Period.ofDays(90);

    private static final Pattern VERSION = Pattern.compile("v(\\d+)\\.(\\d+)");

    // ordered by version number; the current version has no end yet
    private static final Map<Integer, LocalDate> END_OF_LIFE = new TreeMap<>(
            Map.of(
                    210, LocalDate.of(2027, 1, 21),
                    220, LocalDate.of(2027, 5, 20),
                    230, LocalDate.of(2027, 10, 8),
                    240, LocalDate.of(2028, 2, 18),
                    250, LocalDate.of(2028, 7, 29)));
    private static final int CURRENT_NUMBER = 260;
    private static final int OLDEST_NUMBER = 210;

    private ApiVersions() {
    }

    /**
     * @param  version a version such as {@code v23.0}
     * @return         the day Meta ends it (requests after that day are served by an older version); empty for the
     *                 current version and for versions this list does not know
     */
    public static Optional<LocalDate> endOfLife(String version) {
        Integer number = number(version);
        return number == null ? Optional.empty() : Optional.ofNullable(END_OF_LIFE.get(number));
    }

    /**
     * What to warn about a configured version on a given day, or nothing.
     *
     * @param  version the configured {@code apiVersion}
     * @param  today   the day, from the endpoint's clock
     * @return         a warning in words: ended, ending within {@link #WARNING_PERIOD}, older than every version this
     *                 list knows, not released yet, or not a version at all; empty when the version is fine
     */
    public static Optional<String> warning(String version, LocalDate today) {
        Integer number = number(version);
        if (number == null) {
            return Optional.of("apiVersion " + version + " is not a Graph API version (vNN.N, e.g. " + CURRENT + ")");
        }
        if (number > CURRENT_NUMBER) {
            return Optional.of("apiVersion " + version + " is not released; the newest is " + CURRENT);
        }
        if (number < OLDEST_NUMBER) {
            return Optional.of("apiVersion " + version + " has ended; Meta serves such requests with its oldest"
                    + " version. Move to " + CURRENT);
        }
        LocalDate end = END_OF_LIFE.get(number);
        if (end == null) {
            return Optional.empty();
        }
        if (!today.isBefore(end)) {
            return Optional.of("apiVersion " + version + " ended on " + end + "; Meta serves its requests with its"
                    + " oldest version. Move to " + CURRENT);
        }
        if (!today.plus(WARNING_PERIOD).isBefore(end)) {
            return Optional.of("apiVersion " + version + " ends on " + end + ", in "
                    + ChronoUnit.DAYS.between(today, end) + " days. Move to " + CURRENT);
        }
        return Optional.empty();
    }

    /** {@code v23.0} is 230, {@code v23.1} 231; {@code null} if it is not a version. */
    private static Integer number(String version) {
        if (version == null) {
            return null;
        }
        Matcher matcher = VERSION.matcher(version.trim());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) * 10 + Integer.parseInt(matcher.group(2)) : null;
    }
}
