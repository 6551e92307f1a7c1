package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.flow.internal.FallbackTemplate;
import dev.camelwhatsapp.cloud.flow.internal.RedeliveryPolicy;
import dev.camelwhatsapp.cloud.flow.internal.WindowGate;
import dev.camelwhatsapp.cloud.model.MessageRequest;
import org.apache.camel.Exchange;

/**
 * The flow control of one producer endpoint, in the order a send meets it: the 24-hour window ({@link WindowGate},
 * {@link FallbackTemplate}), then the throughput and pair-rate limits and the redelivery policy
 * ({@link SendGovernor}), all counted in {@link SendStatistics}.
 */
public final class FlowControl {

    private final WindowGate gate;
    private final FallbackTemplate fallback;
    private final SendGovernor governor;
    private final SendStatistics statistics;

    /**
     * @param gate              the window check
     * @param fallback          the template sent outside a window, or {@code null} unless the policy is
     *                          {@link WindowPolicy#template}
     * @param phoneNumberId     the business phone number id, the throughput key
     * @param limiter           the limiter, or {@code null} to send without throttling
     * @param throughput        the number's limit, asked for before each send
     * @param pairRate          the limit per recipient
     * @param maxThrottleWait   the longest an attempt may wait for its slots
     * @param redelivery        the retry policy, or {@code null} to leave every failure to the route
     * @param scheduler         the scheduler of waits, asked for only when a wait is needed
     * @param statistics        the counters
     * @param arrivalWindows    the arrival windows shared by the endpoints of the JVM, or {@code null} for none
     * @param messagesPerSecond the configured limit, as Meta counts it
     */
    public FlowControl(WindowGate gate, FallbackTemplate fallback, String phoneNumberId, SendRateLimiter limiter,
                       Supplier<RateLimit> throughput, RateLimit pairRate, Duration maxThrottleWait,
                       RedeliveryPolicy redelivery, Supplier<ScheduledExecutorService> scheduler,
                       SendStatistics statistics, ArrivalWindows arrivalWindows, int messagesPerSecond) {
        this(gate, fallback, new SendGovernor(
                phoneNumberId, limiter, throughput, pairRate, maxThrottleWait,
                redelivery, scheduler, statistics, arrivalWindows, messagesPerSecond), statistics);
    }

    FlowControl(WindowGate gate, FallbackTemplate fallback, SendGovernor governor, SendStatistics statistics) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.fallback = fallback;
        this.governor = Objects.requireNonNull(governor, "governor");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
    }

    /**
     * Applies the window policy to a message about to be sent.
     *
     * @param  request                            the message
     * @param  exchange                           the exchange, for the fallback's parameters and header
     * @return                                    the message to send: the same, or the fallback template
     * @throws ConversationWindowClosedException when the policy is strict and no window is open
     */
    public MessageRequest admit(MessageRequest request, Exchange exchange) {
        WindowGate.Verdict verdict = gate.check(request);
        switch (verdict) {
            case REFUSE -> {
                statistics.windowRefused();
                throw new ConversationWindowClosedException(gate.phoneNumberId(), request.to());
            }
            case FALLBACK -> {
                MessageRequest template = fallback.replace(request, exchange);
                statistics.fallbackTemplate();
                exchange.getMessage().setHeader(WhatsAppCloudConstants.WINDOW_FALLBACK, true);
                return template;
            }
            default -> {
                if (fallback != null) {
                    exchange.getMessage().setHeader(WhatsAppCloudConstants.WINDOW_FALLBACK, false);
                }
                return request;
            }
        }
    }

    /**
     * Sends under the limits, retrying per the policy.
     *
     * @param  request the message (its recipient is the pair-rate key)
     * @param  call    makes one HTTP attempt
     * @param  label   names the send in log lines, e.g. the exchange id
     * @return         completes once with Meta's answer or the final failure
     */
    public CompletableFuture<JsonNode> send(MessageRequest request, Supplier<CompletableFuture<JsonNode>> call,
                                            String label) {
        return governor.send(request.to(), call, label);
    }

    /** Fails the sends that still wait; see {@link SendGovernor#stop()}. */
    public void stop() {
        governor.stop();
    }

    /** @return the counters */
    public SendStatistics statistics() {
        return statistics;
    }
}
