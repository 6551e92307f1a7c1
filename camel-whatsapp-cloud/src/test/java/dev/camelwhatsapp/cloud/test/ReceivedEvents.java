package dev.camelwhatsapp.cloud.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import dev.camelwhatsapp.cloud.model.inbound.WebhookEvent;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Records what a route received: each event's body and headers, copied (exchanges do not outlive the route). Set a
 * failure rule to make the route fail for some events.
 */
public final class ReceivedEvents implements Processor {

    /** One received exchange. */
    public record Received(WebhookEvent body, Map<String, Object> headers, String thread) {
        public Object header(String name) {
            return headers.get(name);
        }
    }

    private final List<Received> received = new ArrayList<>();
    private volatile Predicate<Exchange> failWhen = exchange -> false;

    @Override
    public void process(Exchange exchange) {
        Map<String, Object> headers = new TreeMap<>(exchange.getMessage().getHeaders());
        synchronized (received) {
            received.add(new Received(
                    exchange.getMessage().getBody(WebhookEvent.class), headers,
                    Thread.currentThread().getName()));
        }
        if (failWhen.test(exchange)) {
            throw new IllegalStateException("route failure for the test");
        }
    }

    /** Makes the route fail, after recording, for the exchanges matching the rule. */
    public void failWhen(Predicate<Exchange> rule) {
        this.failWhen = rule;
    }

    public List<Received> all() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public int count() {
        synchronized (received) {
            return received.size();
        }
    }

    public void clear() {
        synchronized (received) {
            received.clear();
        }
        failWhen = exchange -> false;
    }
}
