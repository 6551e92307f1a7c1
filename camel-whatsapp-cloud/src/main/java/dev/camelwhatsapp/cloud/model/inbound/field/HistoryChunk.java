package dev.camelwhatsapp.cloud.model.inbound.field;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.MessagePart;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.WebhookErrorDetail;

/**
 * One item of {@code history}: a chunk of the WhatsApp Business app's chat history of a coexistence number, shared
 * once at onboarding (up to 180 days back, in three phases).
 * <p>
 * History is the past: its messages open no customer service window (the window of a message months old is long
 * closed) and are no reason to reply, so they never arrive as {@code message} events. A chunk may hold thousands of
 * messages; store it and work on it outside the route's transaction.
 *
 * @param webhookContext the envelope data
 * @param json           the {@code history[]} item
 * @param phase          {@code metadata.phase}: 0 (day 0 to 1), 1 (day 1 to 90) or 2 (day 90 to 180), or
 *                       {@code null}
 * @param chunkOrder     {@code metadata.chunk_order}, or {@code null}
 * @param progress       {@code metadata.progress}: percent of the whole history delivered, or {@code null}
 * @param threads        the chats of this chunk; empty if none
 * @param errors         {@code errors}, for example when the business declined to share its history; empty if none
 */
public record HistoryChunk(WebhookContext webhookContext, JsonNode json, Integer phase, Integer chunkOrder,
        Integer progress, List<ChatThread> threads, List<WebhookErrorDetail> errors) implements FieldEvent {

    /**
     * @param id       the chat's id: the user's WhatsApp id
     * @param messages its messages, oldest first as sent by Meta
     */
    public record ChatThread(String id, List<HistoryMessage> messages) {
    }

    /**
     * @param id        the message id (wamid)
     * @param from      who sent it
     * @param to        who received it, or {@code null}
     * @param timestamp when, or {@code null}
     * @param type      the message type, {@code unknown} when absent
     * @param status    {@code history_context.status}: {@code READ}, {@code DELIVERED}, {@code SENT}, ...
     * @param part      the content, read as for an inbound message of that type
     * @param json      the message as sent
     */
    public record HistoryMessage(String id, String from, String to, Instant timestamp, String type, String status,
            MessagePart part, JsonNode json) {
    }
}
