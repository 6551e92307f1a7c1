package dev.camelwhatsapp.cloud.flows;

import java.util.regex.Pattern;

/** A Flow id is a numeric Graph object id; checking it keeps it safe to put into a request path. */
final class FlowIds {

    private static final Pattern GRAPH_ID = Pattern.compile("\\d{1,32}");

    private FlowIds() {
    }

    static String check(String id, String what) {
        if (id == null || !GRAPH_ID.matcher(id.strip()).matches()) {
            throw new IllegalArgumentException(what + " must be a numeric Flow id, was " + id);
        }
        return id.strip();
    }
}
