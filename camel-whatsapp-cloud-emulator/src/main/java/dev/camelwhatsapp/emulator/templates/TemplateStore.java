package dev.camelwhatsapp.emulator.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelwhatsapp.emulator.TemplateDefinition;
import dev.camelwhatsapp.emulator.TemplateStatus;

/**
 * The WABA's message templates, keyed by name and language like Meta's (one template name may exist in several
 * languages, each with its own id and status).
 */
public final class TemplateStore {

    private static final long FIRST_ID = 1_192_339_204_654_487L;

    private final Map<String, StoredTemplate> templates = new LinkedHashMap<>();
    private final AtomicLong nextId = new AtomicLong(FIRST_ID);

    public synchronized void replaceAll(List<TemplateDefinition> definitions) {
        templates.clear();
        nextId.set(FIRST_ID);
        definitions.forEach(this::put);
    }

    /** Adds or replaces a template; a replaced template keeps its id. */
    public synchronized StoredTemplate put(TemplateDefinition definition) {
        return put(definition, null);
    }

    /** Adds or replaces a template that Meta moved from {@code previousCategory} (or {@code null}). */
    public synchronized StoredTemplate put(TemplateDefinition definition, String previousCategory) {
        String key = key(definition.name(), definition.language());
        StoredTemplate existing = templates.get(key);
        String id = existing != null ? existing.id() : Long.toString(nextId.getAndIncrement());
        StoredTemplate stored = new StoredTemplate(id, definition, "NONE", previousCategory);
        templates.put(key, stored);
        return stored;
    }

    public synchronized Optional<StoredTemplate> find(String name, String language) {
        return Optional.ofNullable(templates.get(key(name, language)));
    }

    public synchronized Optional<StoredTemplate> findById(String id) {
        return templates.values().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Changes a template's status; returns the updated template if it exists. */
    public synchronized Optional<StoredTemplate> changeStatus(String id, TemplateStatus status, String category,
                                                              String reason) {
        for (Map.Entry<String, StoredTemplate> entry : templates.entrySet()) {
            StoredTemplate current = entry.getValue();
            if (current.id().equals(id)) {
                TemplateDefinition definition = current.definition().withStatus(status);
                String previousCategory = current.previousCategory();
                if (category != null) {
                    if (!category.equals(current.definition().category())) {
                        previousCategory = current.definition().category();
                    }
                    definition = definition.withCategory(category);
                }
                StoredTemplate updated = new StoredTemplate(id, definition, reason, previousCategory);
                entry.setValue(updated);
                return Optional.of(updated);
            }
        }
        return Optional.empty();
    }

    public synchronized List<StoredTemplate> all() {
        return new ArrayList<>(templates.values());
    }

    /** Deletes every language of a name, or only the given id; returns how many were deleted. */
    public synchronized int delete(String name, String hsmId) {
        int before = templates.size();
        templates.values().removeIf(t -> t.definition().name().equals(name) && (hsmId == null || t.id().equals(hsmId)));
        return before - templates.size();
    }

    private static String key(String name, String language) {
        return name + '/' + language;
    }
}
