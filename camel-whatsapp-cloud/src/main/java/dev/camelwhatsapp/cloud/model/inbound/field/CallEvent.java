package dev.camelwhatsapp.cloud.model.inbound.field;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.WebhookErrorDetail;

/**
 * One item of {@code calls.calls[]}: a WhatsApp call to or from the business number was offered
 * ({@code connect}) or ended ({@code terminate}).
 *
 * @param webhookContext        the envelope data
 * @param json                  the {@code calls[]} item
 * @param id                    the call id
 * @param from                  the caller
 * @param to                    the callee
 * @param event                 {@code event}: {@code connect} or {@code terminate}
 * @param direction             {@code direction}: {@code USER_INITIATED} or {@code BUSINESS_INITIATED}
 * @param timestamp             when, or {@code null}
 * @param status                {@code status} of a terminated call: {@code COMPLETED}, {@code FAILED}, or
 *                              {@code null}
 * @param duration              {@code duration} in seconds of a terminated call, or {@code null}
 * @param sdpType               {@code session.sdp_type} of a connect, or {@code null}
 * @param sdp                   {@code session.sdp} of a connect, or {@code null}
 * @param bizOpaqueCallbackData {@code biz_opaque_callback_data}, or {@code null}
 * @param errors                {@code errors}; empty if none
 */
public record CallEvent(WebhookContext webhookContext, JsonNode json, String id, String from, String to,
        String event, String direction, Instant timestamp, String status, Integer duration, String sdpType,
        String sdp, String bizOpaqueCallbackData, List<WebhookErrorDetail> errors) implements FieldEvent {
}
