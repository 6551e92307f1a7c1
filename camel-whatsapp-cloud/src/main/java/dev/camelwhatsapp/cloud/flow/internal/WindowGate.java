package dev.camelwhatsapp.cloud.flow.internal;

import java.time.Clock;
import java.util.Objects;

import dev.camelwhatsapp.cloud.flow.ConversationWindowStore;
import dev.camelwhatsapp.cloud.flow.WindowPolicy;
import dev.camelwhatsapp.cloud.model.MessageRequest;
import dev.camelwhatsapp.cloud.model.OutgoingMessage;
import dev.camelwhatsapp.cloud.model.RawMessage;
import dev.camelwhatsapp.cloud.model.TemplateMessage;

/**
 * Decides, before anything is sent, whether a message may go out under WhatsApp's 24-hour customer service window: a
 * template always may; a free-form message only within 24 hours of the user's last message as the window store knows
 * it. What happens otherwise is the {@link WindowPolicy}.
 */
public final class WindowGate {

    /** What to do with a message. */
    public enum Verdict {
        /** Send it as it is. */
        SEND,
        /** Send the fallback template instead (policy {@link WindowPolicy#template}). */
        FALLBACK,
        /** Do not send it (policy {@link WindowPolicy#strict}). */
        REFUSE
    }

    private final String phoneNumberId;
    private final WindowPolicy policy;
    private final ConversationWindowStore store;
    private final Clock clock;

    /**
     * @param phoneNumberId the business phone number id the messages are sent from
     * @param policy        what to do with a free-form message outside a window
     * @param store         where the consumer records the users' messages
     * @param clock         now, for the 24-hour arithmetic; the emulator's virtual clock in tests
     */
    public WindowGate(String phoneNumberId, WindowPolicy policy, ConversationWindowStore store, Clock clock) {
        this.phoneNumberId = Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param  request the message about to be sent
     * @return         what to do with it
     */
    public Verdict check(MessageRequest request) {
        if (policy == WindowPolicy.off || !needsOpenWindow(request.message())
                || store.isOpen(phoneNumberId, request.to(), clock.instant())) {
            return Verdict.SEND;
        }
        return policy == WindowPolicy.template ? Verdict.FALLBACK : Verdict.REFUSE;
    }

    /**
     * @param  message a message
     * @return         whether WhatsApp only allows it inside the 24-hour window: everything but a template
     */
    public static boolean needsOpenWindow(OutgoingMessage message) {
        if (message instanceof TemplateMessage) {
            return false;
        }
        return !(message instanceof RawMessage raw && "template".equals(raw.type()));
    }

    /** @return the business phone number id the messages are sent from */
    public String phoneNumberId() {
        return phoneNumberId;
    }

    /** @return the store this gate reads */
    public ConversationWindowStore store() {
        return store;
    }
}
