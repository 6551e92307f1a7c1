package dev.camelwhatsapp.cloud.model.inbound.field;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.WebhookErrorDetail;

/**
 * One item of {@code calls.statuses[]}: the progress of a call the business placed.
 *
 * @param webhookContext        the envelope data
 * @param json                  the {@code statuses[]} item
 * @param id                    the call id
 * @param type                  {@code type}, {@code call}
 * @param status                {@code status}: {@code RINGING}, {@code ACCEPTED}, {@code REJECTED}
 * @param timestamp             when, or {@code null}
 * @param recipientId           the callee
 * @param bizOpaqueCallbackData {@code biz_opaque_callback_data}, or {@code null}
 * @param errors                {@code errors}; empty if none
 */
public record CallStatus(WebhookContext webhookContext, JsonNode json, String id, String type, String status,
        Instant timestamp, String recipientId, String bizOpaqueCallbackData, List<WebhookErrorDetail> errors)
        implements
            FieldEvent {
}
