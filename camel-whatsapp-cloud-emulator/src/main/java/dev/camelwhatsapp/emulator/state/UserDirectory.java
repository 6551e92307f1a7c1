package dev.camelwhatsapp.emulator.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.camelwhatsapp.emulator.WhatsAppUser;

/**
 * Who has WhatsApp: the configured users, anyone who messaged a business number (they obviously have it), or,
 * with {@code acceptAnyRecipient}, every well-formed number. A user is found by phone number or by business-scoped
 * user id alike.
 */
public final class UserDirectory {

    private final Map<String, WhatsAppUser> configured = new LinkedHashMap<>();
    private final BoundedMap<String, WhatsAppUser> discovered;
    private volatile boolean acceptAnyRecipient;

    public UserDirectory(List<WhatsAppUser> users, boolean acceptAnyRecipient, int capacity) {
        // each user is filed under both ids
        this.discovered = new BoundedMap<>(2 * capacity);
        reset(users, acceptAnyRecipient);
    }

    public synchronized void reset(List<WhatsAppUser> users, boolean acceptAny) {
        configured.clear();
        users.forEach(this::put);
        discovered.clear();
        this.acceptAnyRecipient = acceptAny;
    }

    /**
     * @param  id a phone number (wa_id) or a business-scoped user id
     * @return    the user known under it
     */
    public synchronized Optional<WhatsAppUser> find(String id) {
        WhatsAppUser user = configured.get(id);
        return user != null ? Optional.of(user) : discovered.get(id);
    }

    /**
     * @param  address a user's address: phone number, or BSUID for a user known only by it
     * @return         the user, or the user any well-formed number stands for
     */
    public WhatsAppUser userAt(String address) {
        return find(address).orElseGet(() -> WhatsAppUser.isBusinessScopedUserId(address)
                ? WhatsAppUser.usernameOnly(address, null, null)
                : new WhatsAppUser(address, address));
    }

    public boolean isWhatsAppUser(String id) {
        if (find(id).isPresent()) {
            return true;
        }
        // a BSUID is issued by Meta to a user who wrote: an unknown one reaches nobody
        return acceptAnyRecipient && !WhatsAppUser.isBusinessScopedUserId(id);
    }

    /** Profile name for webhooks; unknown users are named by their number. */
    public String profileName(String id) {
        return find(id).map(WhatsAppUser::profileName).orElse(id);
    }

    public boolean readsMessages(String id) {
        return find(id).map(WhatsAppUser::readsMessages).orElse(true);
    }

    /** Remembers someone who messaged the business. */
    public synchronized void discovered(WhatsAppUser user) {
        if (!configured.containsKey(user.address())) {
            discovered.put(user.address(), user);
            discovered.put(user.userId(), user);
        }
    }

    /** Adds or replaces a user at run time. */
    public synchronized void add(WhatsAppUser user) {
        put(user);
    }

    private void put(WhatsAppUser user) {
        forget(configured.get(user.address()));
        forget(configured.get(user.userId()));
        configured.put(user.address(), user);
        configured.put(user.userId(), user);
        if (user.parentUserId() != null) {
            configured.put(user.parentUserId(), user);
        }
    }

    private void forget(WhatsAppUser replaced) {
        if (replaced != null) {
            configured.remove(replaced.address());
            configured.remove(replaced.userId());
            if (replaced.parentUserId() != null) {
                configured.remove(replaced.parentUserId());
            }
        }
    }

    public synchronized List<WhatsAppUser> configured() {
        return configured.values().stream().distinct().toList();
    }
}
