package dev.camelwhatsapp.cloud.model.inbound.field;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code payment_configuration_update}: a payment configuration (WhatsApp Pay, payment links) changed.
 *
 * @param webhookContext    the envelope data
 * @param json              the change's {@code value}
 * @param configurationName {@code configuration_name}
 * @param providerName      {@code provider_name}, for example {@code razorpay}
 * @param providerMid       {@code provider_mid}: the merchant id at the provider
 * @param status            {@code status}: {@code Active}, {@code Needs_Connecting}, {@code Needs_Testing}
 * @param createdAt         {@code created_timestamp}, or {@code null}
 * @param updatedAt         {@code updated_timestamp}, or {@code null}
 */
public record PaymentConfigurationUpdate(WebhookContext webhookContext, JsonNode json, String configurationName,
        String providerName, String providerMid, String status, Instant createdAt, Instant updatedAt)
        implements
            FieldEvent {
}
