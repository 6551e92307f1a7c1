package dev.camelwhatsapp.cloud.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.WhatsAppCloudConsumer;
import dev.camelwhatsapp.cloud.WhatsAppCloudEndpoint;
import dev.camelwhatsapp.cloud.flow.SendStatistics;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code whatsapp-cloud} dev console: per endpoint the phone number, the Graph API version, flow control (rate,
 * queued, throttled and refused sends, redeliveries), the conversation windows tracked, the failures by Meta error
 * code, and for consumers the deduplication store and what their webhook path took in. Reads only what the endpoints
 * already count; nothing secret is shown.
 */
@DevConsole(name = "whatsapp-cloud", displayName = "WhatsApp Cloud",
            description = "WhatsApp Cloud API endpoints: sends, flow control, windows, webhooks")
public class WhatsAppCloudDevConsole extends AbstractDevConsole {

    public WhatsAppCloudDevConsole() {
        super("camel", "whatsapp-cloud", "WhatsApp Cloud",
              "WhatsApp Cloud API endpoints: sends, flow control, windows, webhooks");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> endpoint : endpoints()) {
            text.append("Endpoint: ").append(endpoint.get("uri")).append('\n');
            append(text, "    ", endpoint);
            text.append('\n');
        }
        return text.length() == 0 ? "No whatsapp-cloud endpoints\n" : text.toString();
    }

    @SuppressWarnings("unchecked")
    private static void append(StringBuilder text, String indent, Map<String, Object> values) {
        values.forEach((key, value) -> {
            if ("uri".equals(key)) {
                return;
            }
            // counts by error code or HTTP status fit on one line; sections get one line per entry
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()
                    && !nested.keySet().stream().allMatch(k -> String.valueOf(k).matches("-?\\d+"))) {
                text.append(indent).append(key).append(":\n");
                append(text, indent + "    ", (Map<String, Object>) nested);
            } else if (value instanceof Map<?, ?> nested) {
                text.append(indent).append(key).append(": ");
                text.append(nested.isEmpty() ? "none" : nested.toString().replaceAll("[{}]", "")).append('\n');
            } else {
                text.append(indent).append(key).append(": ").append(value).append('\n');
            }
        });
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        List<JsonObject> list = new ArrayList<>();
        for (Map<String, Object> endpoint : endpoints()) {
            list.add(toJson(endpoint));
        }
        root.put("endpoints", list);
        return root;
    }

    @SuppressWarnings("unchecked")
    private static JsonObject toJson(Map<String, Object> values) {
        JsonObject json = new JsonObject();
        values.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                JsonObject inner = new JsonObject();
                ((Map<Object, Object>) nested).forEach((k, v) -> inner.put(String.valueOf(k),
                        v instanceof Map<?, ?> ? toJson((Map<String, Object>) v) : v));
                json.put(key, inner);
            } else {
                json.put(key, value);
            }
        });
        return json;
    }

    /** One map per endpoint, in the order of the context's endpoints; shared by the text and the JSON. */
    private List<Map<String, Object>> endpoints() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Endpoint candidate : getCamelContext().getEndpoints()) {
            if (candidate instanceof WhatsAppCloudEndpoint endpoint) {
                all.add(describe(endpoint));
            }
        }
        return all;
    }

    private Map<String, Object> describe(WhatsAppCloudEndpoint endpoint) {
        WhatsAppCloudConfiguration configuration = endpoint.getConfiguration();
        SendStatistics sends = endpoint.getSendStatistics();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("uri", endpoint.getEndpointBaseUri());
        values.put("phoneNumberId", configuration.getPhoneNumberId());
        values.put("apiVersion", configuration.getApiVersion());
        values.put("started", endpoint.isStarted());

        Map<String, Object> sending = new LinkedHashMap<>();
        sending.put("sent", sends.getSent());
        sending.put("failed", sends.getFailed());
        sending.put("redeliveries", sends.getRetried());
        sending.put("windowsRefused", sends.getWindowsRefused());
        sending.put("fallbackTemplates", sends.getFallbackTemplates());
        sending.put("failuresByErrorCode", byCode(sends.getFailedByCode()));
        sending.put("redeliveriesByErrorCode", byCode(sends.getRetriedByCode()));
        values.put("sending", sending);

        Map<String, Object> throttle = new LinkedHashMap<>();
        throttle.put("enabled", configuration.isThrottle());
        throttle.put("maxMessagesPerSecond", configuration.getMaxMessagesPerSecond());
        throttle.put("pairRate", configuration.getPairRateBurst() + " per " + configuration.getPairRateInterval()
                + " ms");
        throttle.put("maxThrottleWaitMillis", configuration.getMaxThrottleWait());
        throttle.put("queued", endpoint.getQueuedSends());
        throttle.put("throttled", sends.getThrottled());
        throttle.put("throttledWaitMillis", sends.getThrottledWait().toMillis());
        throttle.put("refused", sends.getThrottleRefused());
        values.put("throttle", throttle);

        values.put("windowPolicy", String.valueOf(configuration.getWindowPolicy()));
        int windows = endpoint.getConversationWindowsTracked();
        values.put("windowsTracked", windows < 0 ? "not known (external store)" : windows);

        consumerOf(endpoint).ifPresent(consumer -> values.put("webhook", webhook(endpoint, consumer)));
        return values;
    }

    private Map<String, Object> webhook(WhatsAppCloudEndpoint endpoint, WhatsAppCloudConsumer consumer) {
        WhatsAppCloudConfiguration configuration = endpoint.getConfiguration();
        Map<String, Object> webhook = new LinkedHashMap<>();
        webhook.put("path", configuration.getWebhookPath());
        webhook.put("ackMode", String.valueOf(configuration.getAckMode()));
        webhook.put("events", configuration.getEvents() == null ? "all" : configuration.getEvents());
        IdempotentRepository repository = consumer.getIdempotentRepository();
        webhook.put("dedupStore", repository == null ? "none" : repository.getClass().getSimpleName());
        webhook.put("dedupStoreSize", repository instanceof MemoryIdempotentRepository memory
                ? memory.getCacheSize() : "not known (external store)");
        // the endpoint's JMX attributes, under the same names: one count, read the same way everywhere
        Map<String, Object> intake = new LinkedHashMap<>();
        intake.put("payloads", endpoint.getWebhookPayloads());
        intake.put("payloadEvents", endpoint.getWebhookPayloadEvents());
        intake.put("verifications", endpoint.getWebhookVerifications());
        String rejections = endpoint.getWebhookRejections();
        intake.put("rejections", rejections.isEmpty() ? "none" : rejections);
        webhook.put("intake", intake);
        return webhook;
    }

    private Optional<WhatsAppCloudConsumer> consumerOf(WhatsAppCloudEndpoint endpoint) {
        for (Route route : getCamelContext().getRoutes()) {
            Consumer consumer = route.getConsumer();
            if (consumer instanceof WhatsAppCloudConsumer whatsapp && whatsapp.getEndpoint() == endpoint) {
                return Optional.of(whatsapp);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> byCode(Map<Integer, Long> counts) {
        Map<String, Object> byCode = new LinkedHashMap<>();
        counts.forEach((code, count) -> byCode.put(String.valueOf(code), count));
        return byCode;
    }
}
