package dev.camelwhatsapp.emulator.graph;

import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelwhatsapp.emulator.server.ApiResponse;

/**
 * The {@code Facebook-Api-Version} header Graph API puts on every versioned answer, errors included: the version
 * that served the request. Which version serves a requested one is a policy given at construction (the identity
 * until versions are retired), so a table of live versions can decide it in one place.
 */
public final class ApiVersionHeader {

    public static final String NAME = "facebook-api-version";

    private static final Pattern LEADING_VERSION = Pattern.compile("^/(v\\d+\\.\\d+)(/|$)");

    private final UnaryOperator<String> servedVersion;

    public ApiVersionHeader(UnaryOperator<String> servedVersion) {
        this.servedVersion = servedVersion;
    }

    /** Echoes the requested version unchanged. */
    public static ApiVersionHeader echo() {
        return new ApiVersionHeader(UnaryOperator.identity());
    }

    /** The version a path asks for, e.g. {@code v23.0} of {@code /v23.0/123/messages}. */
    public static Optional<String> requested(String path) {
        Matcher matcher = LEADING_VERSION.matcher(path);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The response with the header of the version that served the path, unless it already has one. */
    public ApiResponse stamp(ApiResponse response, String path) {
        if (response.headers().keySet().stream().anyMatch(NAME::equalsIgnoreCase)) {
            return response;
        }
        return requested(path).map(v -> response.withHeader(NAME, servedVersion.apply(v))).orElse(response);
    }
}
