package dev.camelwhatsapp.emulator;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A snapshot of a message the app sent through {@code POST /{phone-number-id}/messages} and the emulator accepted.
 *
 * @param id            the wamid returned to the app
 * @param phoneNumberId the sending business number
 * @param to            the recipient's wa_id
 * @param type          the message type ({@code text}, {@code template}, {@code interactive}, ...)
 * @param request       the JSON body the app sent
 * @param acceptedAt    virtual time of acceptance
 * @param status        the latest status
 * @param errorCode     the error code when {@link MessageStatus#FAILED}, else {@code null}
 * @param history       every status change so far, oldest first
 */
public record SentMessage(String id, String phoneNumberId, String to, String type, JsonNode request,
        Instant acceptedAt, MessageStatus status, Integer errorCode, List<StatusChange> history) {

    public SentMessage {
        history = List.copyOf(history);
        request = request.deepCopy();
    }
}
