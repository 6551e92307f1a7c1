package dev.camelwhatsapp.emulator.graph;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Graph API versions the emulator serves, with the day Meta ends each, as Meta's changelog gives them. A request
 * to a version that is not released is refused as an unknown path; a request to an ended version is served by the
 * oldest version still live, with the headers Meta adds then.
 */
final class GraphApiVersions {

    /** The header in which Meta says a call was served by another version than requested. */
    static final String WARNING_HEADER = "x-ad-api-version-warning";
    /** The header naming the version that served a call. */
    static final String SERVED_VERSION_HEADER = "facebook-api-version";

    // oldest first; the newest has no end yet
    private static final Map<String, LocalDate> END_OF_LIFE = new LinkedHashMap<>();

    static {
        END_OF_LIFE.put("v21.0", LocalDate.of(2027, 1, 21));
        END_OF_LIFE.put("v22.0", LocalDate.of(2027, 5, 20));
        END_OF_LIFE.put("v23.0", LocalDate.of(2027, 10, 8));
        END_OF_LIFE.put("v24.0", LocalDate.of(2028, 2, 18));
        END_OF_LIFE.put("v25.0", LocalDate.of(2028, 7, 29));
        END_OF_LIFE.put("v26.0", null);
    }

    /** How a requested version is answered. */
    sealed interface Decision {
    }

    /** Served as requested. */
    record Served(String version) implements Decision {
    }

    /** Ended: served by {@code servedBy} with a warning. */
    record Upgraded(String requested, String servedBy) implements Decision {

        String warning() {
            return "The call has been auto-upgraded to " + servedBy + " as " + requested + " is deprecated.";
        }
    }

    /** Not released (or never was): refused. */
    record Unknown(String version) implements Decision {
    }

    private GraphApiVersions() {
    }

    /**
     * @param  version a well-formed version, e.g. {@code v23.0}
     * @param  today   the emulator's day
     * @return         how to answer it
     */
    static Decision decide(String version, LocalDate today) {
        Optional<String> oldestLive = END_OF_LIFE.entrySet().stream()
                .filter(entry -> entry.getValue() == null || today.isBefore(entry.getValue()))
                .map(Map.Entry::getKey).findFirst();
        String oldest = oldestLive.orElseThrow();
        if (END_OF_LIFE.containsKey(version)) {
            LocalDate end = END_OF_LIFE.get(version);
            return end != null && !today.isBefore(end) ? new Upgraded(version, oldest) : new Served(version);
        }
        // a version older than every one listed ended long ago; a newer one does not exist yet
        return number(version) < number(END_OF_LIFE.keySet().iterator().next()) ? new Upgraded(version, oldest)
                : new Unknown(version);
    }

    private static double number(String version) {
        return Double.parseDouble(version.substring(1));
    }
}
