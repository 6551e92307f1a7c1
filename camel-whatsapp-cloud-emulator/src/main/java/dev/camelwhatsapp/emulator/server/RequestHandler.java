package dev.camelwhatsapp.emulator.server;

/**
 * Handles one routed request.
 */
@FunctionalInterface
public interface RequestHandler {

    ApiResponse handle(ApiRequest request) throws Exception;
}
