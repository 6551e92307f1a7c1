package dev.camelwhatsapp.cloud.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.field.AccountAlert;
import dev.camelwhatsapp.cloud.model.inbound.field.AccountReviewUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.AccountUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.BusinessCapabilityUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.PartnerSolutionUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.PaymentConfigurationUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.PhoneNumberNameUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.PhoneNumberQualityUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.SecurityUpdate;

import static dev.camelwhatsapp.cloud.webhook.JsonValues.epochSeconds;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.object;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.text;

/**
 * Reads the fields about the account, its business portfolio and its phone numbers.
 */
final class AccountFieldReader {

    private AccountFieldReader() {
    }

    static PhoneNumberQualityUpdate qualityUpdate(WebhookContext context, JsonNode value) {
        return new PhoneNumberQualityUpdate(
                context, value, text(value, "display_phone_number"), text(value, "event"),
                text(value, "current_limit"), text(value, "old_limit"),
                text(value, "max_daily_conversations_per_business"));
    }

    static PhoneNumberNameUpdate nameUpdate(WebhookContext context, JsonNode value) {
        return new PhoneNumberNameUpdate(
                context, value, text(value, "display_phone_number"), text(value, "decision"),
                text(value, "requested_verified_name"), text(value, "rejection_reason"));
    }

    static AccountUpdate accountUpdate(WebhookContext context, JsonNode value) {
        JsonNode violation = object(value, "violation_info");
        JsonNode ban = object(value, "ban_info");
        return new AccountUpdate(
                context, value, text(value, "event"), text(value, "phone_number"),
                violation != null ? text(violation, "violation_type") : null,
                ban != null ? text(ban, "waba_ban_state") : null, ban != null ? text(ban, "waba_ban_date") : null,
                JsonValues.objects(value, "restriction_info",
                        r -> new AccountUpdate.Restriction(text(r, "restriction_type"), text(r, "expiration"))),
                object(value, "volume_tier_info"), object(value, "waba_info"));
    }

    static AccountAlert accountAlert(WebhookContext context, JsonNode value) {
        JsonNode alert = value.path("alert_info");
        return new AccountAlert(
                context, value, text(value, "entity_type"), text(value, "entity_id"),
                text(alert, "alert_severity"), text(alert, "alert_status"), text(alert, "alert_type"),
                text(alert, "alert_description"));
    }

    static AccountReviewUpdate reviewUpdate(WebhookContext context, JsonNode value) {
        return new AccountReviewUpdate(context, value, text(value, "decision"));
    }

    static BusinessCapabilityUpdate capabilityUpdate(WebhookContext context, JsonNode value) {
        return new BusinessCapabilityUpdate(
                context, value, text(value, "max_daily_conversation_per_phone"),
                text(value, "max_phone_numbers_per_business"), text(value, "max_daily_conversations_per_business"));
    }

    static SecurityUpdate securityUpdate(WebhookContext context, JsonNode value) {
        return new SecurityUpdate(
                context, value, text(value, "display_phone_number"), text(value, "event"),
                text(value, "requester"));
    }

    static PartnerSolutionUpdate partnerSolutionUpdate(WebhookContext context, JsonNode value) {
        return new PartnerSolutionUpdate(
                context, value, text(value, "event"), text(value, "solution_id"),
                text(value, "solution_status"));
    }

    static PaymentConfigurationUpdate paymentConfigurationUpdate(WebhookContext context, JsonNode value) {
        return new PaymentConfigurationUpdate(
                context, value, text(value, "configuration_name"),
                text(value, "provider_name"), text(value, "provider_mid"), text(value, "status"),
                epochSeconds(value, "created_timestamp"), epochSeconds(value, "updated_timestamp"));
    }
}
