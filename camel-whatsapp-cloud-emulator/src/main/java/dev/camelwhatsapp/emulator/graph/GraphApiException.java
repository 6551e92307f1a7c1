package dev.camelwhatsapp.emulator.graph;

/**
 * Thrown by Graph API handlers to answer with Meta's error envelope.
 */
public final class GraphApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient GraphError error;

    public GraphApiException(GraphError error) {
        super("(#" + error.code() + ") " + error.details(), null, false, false);
        this.error = error;
    }

    public static GraphApiException of(MetaErrorCode code, String details) {
        return new GraphApiException(GraphError.of(code, details));
    }

    public GraphError error() {
        return error;
    }
}
