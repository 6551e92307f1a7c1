package dev.camelwhatsapp.cloud.model.inbound.field;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code account_update}: a change of the WhatsApp Business Account: a policy violation, a restriction or ban,
 * offboarding or reconnection, a partner installing or removing the app, a volume-based pricing tier, a business
 * verification decision, and more.
 *
 * @param webhookContext the envelope data
 * @param json           the change's {@code value}
 * @param event          {@code event}, for example {@code ACCOUNT_VIOLATION}, {@code ACCOUNT_RESTRICTION},
 *                       {@code DISABLED_UPDATE}, {@code ACCOUNT_OFFBOARDED}, {@code ACCOUNT_RECONNECTED},
 *                       {@code PARTNER_APP_INSTALLED}, {@code VOLUME_BASED_PRICING_TIER_UPDATE}
 * @param phoneNumber    {@code phone_number} the event is about, or {@code null}
 * @param violationType  {@code violation_info.violation_type}, or {@code null}
 * @param banState       {@code ban_info.waba_ban_state}, or {@code null}
 * @param banDate        {@code ban_info.waba_ban_date}, or {@code null}
 * @param restrictions   {@code restriction_info}; empty if none
 * @param volumeTierInfo {@code volume_tier_info} of a pricing tier update, as sent, or {@code null}
 * @param wabaInfo       {@code waba_info} of a partner event, as sent, or {@code null}
 */
public record AccountUpdate(WebhookContext webhookContext, JsonNode json, String event, String phoneNumber,
        String violationType, String banState, String banDate, List<Restriction> restrictions,
        JsonNode volumeTierInfo, JsonNode wabaInfo) implements FieldEvent {

    /**
     * @param type       {@code restriction_type}, for example {@code RESTRICTED_BIZ_INITIATED_MESSAGING}
     * @param expiration {@code expiration}, as sent
     */
    public record Restriction(String type, String expiration) {
    }

    /** @return whether the account left the solution partner (Meta stops its webhooks and sends) */
    public boolean isOffboarding() {
        return "ACCOUNT_OFFBOARDED".equals(event) || "PARTNER_REMOVED".equals(event)
                || "PARTNER_APP_UNINSTALLED".equals(event);
    }
}
