package dev.camelwhatsapp.emulator.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a method and a path against templates such as {@code /{version}/{phone-number-id}/messages}. Literal
 * segments win over variables because routes are tried in registration order: register specific routes first.
 */
public final class Router {

    private record Route(String method, String[] segments, RequestHandler handler) {
    }

    /** A matched route: its handler and the captured path variables. */
    public record Match(RequestHandler handler, Map<String, String> pathParams) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(String method, String template, RequestHandler handler) {
        routes.add(new Route(method, split(template), handler));
        return this;
    }

    /** The route for this request, if one matches the path with the same method. */
    public Optional<Match> match(String method, String path) {
        String[] segments = split(path);
        for (Route route : routes) {
            if (!route.method().equals(method) || route.segments().length != segments.length) {
                continue;
            }
            Map<String, String> params = matchSegments(route.segments(), segments);
            if (params != null) {
                return Optional.of(new Match(route.handler(), params));
            }
        }
        return Optional.empty();
    }

    /** Whether any route matches the path with another method (answered by a 405-like Graph error). */
    public boolean matchesPath(String path) {
        String[] segments = split(path);
        return routes.stream().anyMatch(route -> route.segments().length == segments.length
                && matchSegments(route.segments(), segments) != null);
    }

    private static Map<String, String> matchSegments(String[] template, String[] actual) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            String expected = template[i];
            if (expected.startsWith("{") && expected.endsWith("}")) {
                params.put(expected.substring(1, expected.length() - 1), actual[i]);
            } else if (!expected.equals(actual[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
    }
}
