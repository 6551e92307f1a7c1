package dev.camelwhatsapp.cloud.flow.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.flow.ConversationWindowStore;
import dev.camelwhatsapp.cloud.flow.MarketingBlock;
import dev.camelwhatsapp.cloud.flow.MarketingBlockedException;
import dev.camelwhatsapp.cloud.flow.MarketingOptOutStore;
import dev.camelwhatsapp.cloud.flow.MarketingPolicy;
import dev.camelwhatsapp.cloud.model.MessageRequest;

/**
 * The marketing policy of one producer: before a MARKETING template is sent it asks the {@link MarketingOptOutStore}
 * whether the user stopped marketing messages or is inside the cooldown after Meta's per-user limit (131049), under
 * either of the user's ids; and it records what Meta answers a send (131050, 131049) so the next template is held back
 * before it costs a request.
 *
 * <p>
 * A template counts as marketing when its category is known as {@code MARKETING}: from the send's
 * {@code CamelWhatsAppCloudTemplateCategory} header, or from the template check's cache ({@code templateCheck=true}).
 * A template of unknown category is sent; Meta's answer then teaches the store.
 */
public final class MarketingGate {

    private final String phoneNumberId;
    private final MarketingPolicy policy;
    private final MarketingOptOutStore store;
    private final ConversationWindowStore identities;
    private final Duration limitCooldown;
    private final Clock clock;

    /**
     * @param phoneNumberId the business phone number id the templates are sent from
     * @param policy        what to do with a marketing template to a blocked user
     * @param store         the opt-outs and limits
     * @param identities    the window store, which knows which phone number and business-scoped user id are one user
     * @param limitCooldown how long after a 131049 no marketing template is tried
     * @param clock         now
     */
    public MarketingGate(String phoneNumberId, MarketingPolicy policy, MarketingOptOutStore store,
                         ConversationWindowStore identities, Duration limitCooldown, Clock clock) {
        this.phoneNumberId = Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.store = Objects.requireNonNull(store, "store");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.limitCooldown = Objects.requireNonNull(limitCooldown, "limitCooldown");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (limitCooldown.isNegative()) {
            throw new IllegalArgumentException("marketingLimitCooldown cannot be negative: " + limitCooldown);
        }
    }

    /**
     * @param  request                   the request about to be sent
     * @param  template                  the template it sends
     * @return                           why it is skipped, with {@link MarketingPolicy#skip}; empty when it may go
     * @throws MarketingBlockedException with {@link MarketingPolicy#refuse} when the user may not get it
     */
    public Optional<MarketingBlock> admit(MessageRequest request, TemplateSend template) {
        if (policy == MarketingPolicy.off || !template.isMarketing()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<MarketingBlock> block = store.blockOf(phoneNumberId, request.to(), now)
                .or(() -> identities.linkedUserId(phoneNumberId, request.to())
                        .flatMap(other -> store.blockOf(phoneNumberId, other, now)));
        if (block.isPresent() && policy == MarketingPolicy.refuse) {
            throw new MarketingBlockedException(phoneNumberId, request.to(), template.name(), block.get());
        }
        return block;
    }

    /**
     * Learns from a send Meta refused: 131050 (the user stopped marketing messages) and 131049 (per-user marketing
     * limit) hold back the user's next marketing templates.
     *
     * @param recipient the recipient of the send
     * @param failure   why the send failed
     */
    public void learn(String recipient, Throwable failure) {
        if (failure instanceof WhatsAppCloudApiException api) {
            MarketingSignals.record(store, phoneNumberId, recipient, api.getCode(), clock.instant(), limitCooldown);
        }
    }

    /** @return the store this gate reads */
    public MarketingOptOutStore store() {
        return store;
    }
}
