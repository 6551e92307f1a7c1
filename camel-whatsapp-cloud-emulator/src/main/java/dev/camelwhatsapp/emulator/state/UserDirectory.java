package dev.camelwhatsapp.emulator.state;

import dev.camelwhatsapp.emulator.WhatsAppUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who has WhatsApp: the configured users, anyone who messaged a business number (they obviously have it), or,
 * with {@code acceptAnyRecipient}, every well-formed number.
 */
public final class UserDirectory {

    private final Map<String, WhatsAppUser> configured = new LinkedHashMap<>();
    private final BoundedMap<String, WhatsAppUser> discovered;
    private volatile boolean acceptAnyRecipient;

    public UserDirectory(List<WhatsAppUser> users, boolean acceptAnyRecipient, int capacity) {
        this.discovered = new BoundedMap<>(capacity);
        reset(users, acceptAnyRecipient);
    }

    public synchronized void reset(List<WhatsAppUser> users, boolean acceptAny) {
        configured.clear();
        users.forEach(user -> configured.put(user.waId(), user));
        discovered.clear();
        this.acceptAnyRecipient = acceptAny;
    }

    public synchronized Optional<WhatsAppUser> find(String waId) {
        WhatsAppUser user = configured.get(waId);
        return user != null ? Optional.of(user) : discovered.get(waId);
    }

    public boolean isWhatsAppUser(String waId) {
        return acceptAnyRecipient || find(waId).isPresent();
    }

    /** Profile name for webhooks; unknown users are named by their number. */
    public String profileName(String waId) {
        return find(waId).map(WhatsAppUser::profileName).orElse(waId);
    }

    public boolean readsMessages(String waId) {
        return find(waId).map(WhatsAppUser::readsMessages).orElse(true);
    }

    /** Remembers someone who messaged the business. */
    public synchronized void discovered(WhatsAppUser user) {
        if (!configured.containsKey(user.waId())) {
            discovered.put(user.waId(), user);
        }
    }

    /** Adds or replaces a user at run time. */
    public synchronized void add(WhatsAppUser user) {
        configured.put(user.waId(), user);
    }

    public synchronized List<WhatsAppUser> configured() {
        return List.copyOf(configured.values());
    }
}
