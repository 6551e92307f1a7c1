package dev.camelwhatsapp.cloud.management;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;

/**
 * What the template webhooks said about templates since they were read: a status change (paused, disabled,
 * reinstated, ...) from {@code message_template_status_update} or a category change from
 * {@code template_category_update}. The consumer records them ({@code applyTemplateUpdates=true}) and every
 * {@link TemplateCheck} of the CamelContext applies them to what it cached, so that a paused template is refused
 * before the next send rather than one {@code templateCheckTtl} later.
 * <p>
 * Thread-safe; one instance per CamelContext ({@link #of(CamelContext)}).
 */
public final class TemplateChanges {

    /** The registry name of the CamelContext's instance. */
    public static final String BEAN = "whatsAppCloudTemplateChanges";

    private final Map<String, Change> changes = new ConcurrentHashMap<>();

    /**
     * A change of one template in one language.
     *
     * @param status   the new status, or {@code null} if unchanged
     * @param category the new category, or {@code null} if unchanged
     * @param at       when it was learned
     */
    public record Change(String status, String category, Instant at) {
    }

    /**
     * @param  context the CamelContext
     * @return         its instance, bound on first use
     */
    public static TemplateChanges of(CamelContext context) {
        synchronized (context) {
            TemplateChanges bound = context.getRegistry().lookupByNameAndType(BEAN, TemplateChanges.class);
            if (bound == null) {
                bound = new TemplateChanges();
                context.getRegistry().bind(BEAN, TemplateChanges.class, bound);
            }
            return bound;
        }
    }

    /**
     * Records a change; a status and a category learned separately are both kept.
     *
     * @param name     the template name
     * @param language the language code, for example {@code en_US}
     * @param status   the new status, or {@code null}
     * @param category the new category, or {@code null}
     * @param at       when it was learned
     */
    public void record(String name, String language, String status, String category, Instant at) {
        if (name == null || language == null) {
            return;
        }
        changes.merge(key(name, language), new Change(status, category, at),
                (old, now) -> new Change(
                        now.status() != null ? now.status() : old.status(),
                        now.category() != null ? now.category() : old.category(), now.at()));
    }

    /**
     * @param  template a template as read from the Graph API
     * @param  readAt   when it was read
     * @return          the template with the changes learned after {@code readAt} applied
     */
    TemplateInfo apply(TemplateInfo template, Instant readAt) {
        Change change = changes.get(key(template.name(), template.language()));
        if (change == null || change.at().isBefore(readAt)) {
            return template;
        }
        return new TemplateInfo(
                template.id(), template.name(), template.language(),
                change.status() != null ? change.status() : template.status(),
                change.category() != null ? change.category() : template.category(), template.rejectedReason(),
                template.definition(), template.json());
    }

    private static String key(String name, String language) {
        return name + '\u0000' + language;
    }
}
