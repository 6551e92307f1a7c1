package dev.camelwhatsapp.cloud.flow;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
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
     * @param gate       the window check
     * @param fallback   the template sent outside a window, or {@code null} unless the policy is
     *                   {@link WindowPolicy#template}
     * @param governor   the throttled, retrying sender
     * @param statistics the counters
     */
    public FlowControl(WindowGate gate, FallbackTemplate fallback, SendGovernor governor, SendStatistics statistics) {
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
