package dev.camelwhatsapp.cloud.webhook.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelwhatsapp.cloud.flow.ThroughputTiers;
import dev.camelwhatsapp.cloud.management.TemplateChanges;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.field.PhoneNumberQualityUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateCategoryUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateStatusUpdate;
import dev.camelwhatsapp.cloud.webhook.WebhookEventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What some webhook fields change in the component itself, each behind its consumer option:
 * <ul>
 * <li>{@code applyThroughputUpgrades}: a {@code THROUGHPUT_UPGRADE} raises the number's throughput to
 * {@link ThroughputTiers#HIGHER_THROUGHPUT} in the context's {@link ThroughputTiers}, which its producers send
 * under;</li>
 * <li>{@code applyTemplateUpdates}: a template paused, disabled, rejected, reinstated or recategorised is recorded in
 * {@link TemplateChanges}, which every template check applies to what it cached.</li>
 * </ul>
 * {@code phone_number_quality_update} names the number by its display number only; the phone number id is taken
 * from the {@code metadata} of the number's other webhooks (messages, statuses), which carry both.
 */
public final class FieldEffects {

    private static final Logger LOG = LoggerFactory.getLogger(FieldEffects.class);

    private final ThroughputTiers tiers;
    private final TemplateChanges templates;
    private final Clock clock;
    private final Map<String, String> phoneNumberIds;
    private final Set<String> unresolved = ConcurrentHashMap.newKeySet();

    /**
     * @param tiers          where throughput upgrades are recorded, or {@code null} to ignore them
     * @param templates      where template changes are recorded, or {@code null} to ignore them
     * @param clock          the time template changes are recorded at
     * @param phoneNumberIds display number (digits) to phone number id, learned from webhooks; shared by the consumers
     *                       of one CamelContext
     */
    public FieldEffects(ThroughputTiers tiers, TemplateChanges templates, Clock clock,
                        Map<String, String> phoneNumberIds) {
        this.tiers = tiers;
        this.templates = templates;
        this.clock = clock;
        this.phoneNumberIds = phoneNumberIds;
    }

    /**
     * Learns from the event and applies what it changes.
     *
     * @param event an event about to be routed
     */
    public void apply(WebhookEventEnvelope event) {
        WebhookContext context = event.event().webhookContext();
        if (context.phoneNumberId() != null && context.displayPhoneNumber() != null) {
            phoneNumberIds.put(digits(context.displayPhoneNumber()), context.phoneNumberId());
        }
        if (tiers != null && event.event() instanceof PhoneNumberQualityUpdate quality && quality
                .isThroughputUpgrade()) {
            upgrade(quality);
        } else if (templates != null && event.event() instanceof TemplateStatusUpdate status) {
            String newStatus = statusAfter(status.event());
            if (newStatus != null || status.category() != null) {
                templates.record(status.templateName(), status.language(), newStatus, status.category(),
                        clock.instant());
            }
        } else if (templates != null && event.event() instanceof TemplateCategoryUpdate category
                && category.newCategory() != null) {
            templates.record(category.templateName(), category.language(), null, category.newCategory(),
                    clock.instant());
        }
    }

    private void upgrade(PhoneNumberQualityUpdate quality) {
        String display = quality.displayPhoneNumber() == null ? null : digits(quality.displayPhoneNumber());
        String phoneNumberId = quality.webhookContext().phoneNumberId() != null
                ? quality.webhookContext().phoneNumberId()
                : display == null ? null : phoneNumberIds.get(display);
        if (phoneNumberId == null) {
            if (display == null || unresolved.add(display)) {
                LOG.warn("THROUGHPUT_UPGRADE of {} not applied: no webhook of this number told its phone number id"
                        + " yet", quality.displayPhoneNumber());
            }
            return;
        }
        tiers.raise(phoneNumberId, ThroughputTiers.HIGHER_THROUGHPUT);
        LOG.info("Number {} ({}) moved to higher throughput: sending up to {} messages per second", phoneNumberId,
                quality.displayPhoneNumber(), ThroughputTiers.HIGHER_THROUGHPUT);
    }

    /**
     * The template status a {@code message_template_status_update} event leaves: REINSTATED means approved again,
     * FLAGGED is a warning (the template can still be sent), the others are the status itself.
     */
    private static String statusAfter(String event) {
        if (event == null || "FLAGGED".equals(event)) {
            return null;
        }
        return "REINSTATED".equals(event) ? "APPROVED" : event;
    }

    private static String digits(String phoneNumber) {
        return phoneNumber.replaceAll("[^0-9]", "");
    }
}
