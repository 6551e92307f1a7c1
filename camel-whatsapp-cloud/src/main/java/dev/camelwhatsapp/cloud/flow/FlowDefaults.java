package dev.camelwhatsapp.cloud.flow;

import java.time.Clock;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;

/**
 * The flow-control objects that every endpoint of a CamelContext shares unless told otherwise: the conversation window
 * store (the webhook consumer records into it, the producer reads it) and the send rate limiter (several endpoints of
 * one phone number draw on one throughput budget).
 *
 * <p>
 * Each is, in order: the only bean of its type in the registry (so binding one {@link JdbcConversationWindowStore} is
 * enough to share windows between replicas), else the bean under the default name, else a new in-memory instance
 * bound under that name, so that the next endpoint finds the same one.
 */
public final class FlowDefaults {

    /** The registry name of the CamelContext's default conversation window store. */
    public static final String WINDOW_STORE_BEAN = "whatsAppCloudConversationWindowStore";

    /** The registry name of the CamelContext's default marketing opt-out store. */
    public static final String MARKETING_STORE_BEAN = "whatsAppCloudMarketingOptOutStore";

    /** The registry name of the CamelContext's default send rate limiter. */
    public static final String RATE_LIMITER_BEAN = "whatsAppCloudSendRateLimiter";

    /** The registry name of the CamelContext's arrival windows. */
    public static final String ARRIVAL_WINDOWS_BEAN = "whatsAppCloudArrivalWindows";

    private FlowDefaults() {
    }

    /**
     * @param  context the CamelContext
     * @return         the conversation window store its endpoints share
     */
    public static ConversationWindowStore conversationWindowStore(CamelContext context) {
        return conversationWindowStore(context, Clock.systemUTC());
    }

    /**
     * @param  context the CamelContext
     * @param  clock   the clock a new in-memory store judges closed windows by; an existing store keeps its own
     *                 (the endpoints of one CamelContext are expected to share one clock)
     * @return         the conversation window store its endpoints share
     */
    public static ConversationWindowStore conversationWindowStore(CamelContext context, Clock clock) {
        return shared(context, ConversationWindowStore.class, WINDOW_STORE_BEAN,
                () -> new InMemoryConversationWindowStore(InMemoryConversationWindowStore.DEFAULT_MAX_ENTRIES, clock));
    }

    /**
     * @param  context the CamelContext
     * @return         the marketing opt-out store its endpoints share
     */
    public static MarketingOptOutStore marketingOptOutStore(CamelContext context) {
        return shared(context, MarketingOptOutStore.class, MARKETING_STORE_BEAN, InMemoryMarketingOptOutStore::new);
    }

    /**
     * @param  context the CamelContext
     * @return         the send rate limiter its endpoints share
     */
    public static SendRateLimiter sendRateLimiter(CamelContext context) {
        return shared(context, SendRateLimiter.class, RATE_LIMITER_BEAN, InMemorySendRateLimiter::new);
    }

    /** The registry name of the CamelContext's default throughput tiers. */
    public static final String THROUGHPUT_TIERS_BEAN = "whatsAppCloudThroughputTiers";

    /**
     * @param  context the CamelContext
     * @return         the throughput tiers its consumers record and its producers send under
     */
    public static ThroughputTiers throughputTiers(CamelContext context) {
        return shared(context, ThroughputTiers.class, THROUGHPUT_TIERS_BEAN, InMemoryThroughputTiers::new);
    }

    /**
     * @param  context the CamelContext
     * @return         the arrival windows its endpoints share, one per business number
     */
    public static ArrivalWindows arrivalWindows(CamelContext context) {
        return shared(context, ArrivalWindows.class, ARRIVAL_WINDOWS_BEAN, ArrivalWindows::new);
    }

    private static <T> T shared(CamelContext context, Class<T> type, String name, Supplier<T> create) {
        // one lock per context: two endpoints starting at once must not each bind their own default
        synchronized (context) {
            T only = context.getRegistry().findSingleByType(type);
            if (only != null) {
                return only;
            }
            T named = context.getRegistry().lookupByNameAndType(name, type);
            if (named != null) {
                return named;
            }
            T created = create.get();
            context.getRegistry().bind(name, type, created);
            return created;
        }
    }
}
