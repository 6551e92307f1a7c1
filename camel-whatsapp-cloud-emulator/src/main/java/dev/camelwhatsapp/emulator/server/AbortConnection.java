package dev.camelwhatsapp.emulator.server;

/**
 * Thrown by a handler to make the server close the connection without answering (the connection-reset fault).
 */
public final class AbortConnection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AbortConnection() {
        super("connection closed without a response", null, false, false);
    }
}
