package dev.camelwhatsapp.cloud.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.webhook.WebhookEventEnvelope;

/**
 * What the webhooks of one CamelContext told: per business number the events routed, the statuses by state, the
 * failures by Meta error code, the billable messages by pricing category and type, and the duplicates dropped; per
 * webhook path the payloads and events taken in, the verification requests accepted and the requests refused, by
 * reason.
 * <p>
 * A failure often arrives long after the send succeeded (a {@code failed} status with its code), and the cost of a
 * message only on its status webhooks (per-message pricing), so these are the counts a send-side metric cannot give.
 * A message is counted billable once, on its {@code delivered} status, because Meta charges a message when it is
 * delivered and repeats the pricing on later statuses.
 * <p>
 * Each consumer counts the events it routes, once per success (a redelivery dropped as duplicate is counted as such,
 * not again). Thread-safe and cheap: one {@link LongAdder} per counter.
 */
public final class WebhookStatistics {

    /** A counter: what it counts, and its labels in the order of {@link Kind#labels()}. */
    public record Key(Kind kind, List<String> labels) {
    }

    /** What a counter counts, and the labels that tell its counters apart. */
    public enum Kind {
        /** Events routed, by business number and event type. */
        EVENTS("phoneNumberId", "eventType"),
        /** Statuses routed, by business number and status. */
        STATUSES("phoneNumberId", "status"),
        /** Failed statuses, by business number and Meta error code ({@code -1}: none given). */
        FAILURES("phoneNumberId", "code"),
        /** Billable delivered messages, by business number, pricing category and pricing type. */
        BILLABLE("phoneNumberId", "category", "pricingType"),
        /** Events dropped because they were routed successfully before. */
        DUPLICATES("phoneNumberId"),
        /** Webhook payloads accepted, by path. */
        PAYLOADS("path"),
        /** Events in accepted payloads, by path. */
        INTAKE_EVENTS("path"),
        /** Webhook requests refused, by path and reason. */
        REJECTIONS("path", "reason"),
        /** Meta's verification requests answered with the challenge, by path. */
        VERIFICATIONS("path");

        private final List<String> labels;

        Kind(String... labels) {
            this.labels = List.of(labels);
        }

        /** @return the names of the labels */
        public List<String> labels() {
            return labels;
        }
    }

    /** The label value of counts without a business number (account-level events). */
    public static final String NO_NUMBER = "none";

    private final ConcurrentMap<Key, LongAdder> counters = new ConcurrentHashMap<>();
    private final List<Consumer<Key>> newKeyListeners = new CopyOnWriteArrayList<>();

    /**
     * Counts an event routed successfully for the first time.
     *
     * @param event the event
     */
    public void routed(WebhookEventEnvelope event) {
        String number = numberOf(event);
        count(Kind.EVENTS, number, event.eventType());
        if (event.event() instanceof MessageStatus status) {
            String state = status.status() == null ? "unknown" : status.status();
            count(Kind.STATUSES, number, state);
            if (status.failed()) {
                Integer code = event.errorCode();
                count(Kind.FAILURES, number, Integer.toString(code == null ? -1 : code));
            }
            MessageStatus.Pricing pricing = status.pricing();
            if ("delivered".equals(state) && pricing != null && Boolean.TRUE.equals(pricing.billable())) {
                count(Kind.BILLABLE, number, orUnknown(pricing.category()), orUnknown(pricing.type()));
            }
        }
    }

    /**
     * Counts an event dropped because it was routed before.
     *
     * @param event the event
     */
    public void duplicate(WebhookEventEnvelope event) {
        count(Kind.DUPLICATES, numberOf(event));
    }

    /**
     * Counts an accepted payload.
     *
     * @param path   the webhook path
     * @param events how many events it held
     */
    public void payload(String path, int events) {
        count(Kind.PAYLOADS, path);
        counter(new Key(Kind.INTAKE_EVENTS, List.of(path))).add(events);
    }

    /**
     * Counts a verification request answered with the challenge.
     *
     * @param path the webhook path
     */
    public void verified(String path) {
        count(Kind.VERIFICATIONS, path);
    }

    /**
     * Counts a refused request.
     *
     * @param path   the webhook path
     * @param reason why, for example {@code signature}
     */
    public void rejected(String path, String reason) {
        count(Kind.REJECTIONS, path, reason);
    }

    /**
     * @param  key a counter
     * @return     its count, 0 if never counted
     */
    public long get(Key key) {
        LongAdder counter = counters.get(key);
        return counter == null ? 0 : counter.sum();
    }

    /**
     * @param  kind   what to sum
     * @param  labels the label values to match, {@code null} matching any; as many as the kind has, or fewer
     * @return        the sum of the matching counters
     */
    public long sum(Kind kind, String... labels) {
        return counters.entrySet().stream().filter(e -> matches(e.getKey(), kind, labels))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    /**
     * @param  kind   what to list
     * @param  filter which counters
     * @return        the counts of the matching counters by their labels, sorted
     */
    public Map<List<String>, Long> counts(Kind kind, Predicate<Key> filter) {
        Map<List<String>, Long> result = new TreeMap<>(
                (a, b) -> String.join("\u0000", a)
                        .compareTo(String.join("\u0000", b)));
        counters.forEach((key, counter) -> {
            if (key.kind() == kind && filter.test(key)) {
                result.put(key.labels(), counter.sum());
            }
        });
        return result;
    }

    /** @return every counter so far */
    public List<Key> keys() {
        return List.copyOf(counters.keySet());
    }

    /**
     * @param listener told of each counter when it is counted the first time (meters register then)
     */
    public void addNewKeyListener(Consumer<Key> listener) {
        newKeyListeners.add(listener);
    }

    /**
     * @param listener a listener added before
     */
    public void removeNewKeyListener(Consumer<Key> listener) {
        newKeyListeners.remove(listener);
    }

    private void count(Kind kind, String... labels) {
        // a value Meta left out (or sent unreadable) is counted, not lost: a label is never null
        for (int i = 0; i < labels.length; i++) {
            labels[i] = orUnknown(labels[i]);
        }
        counter(new Key(kind, List.of(labels))).increment();
    }

    private LongAdder counter(Key key) {
        LongAdder counter = counters.get(key);
        if (counter == null) {
            LongAdder created = new LongAdder();
            counter = counters.putIfAbsent(key, created);
            if (counter == null) {
                counter = created;
                newKeyListeners.forEach(listener -> listener.accept(key));
            }
        }
        return counter;
    }

    private static boolean matches(Key key, Kind kind, String... labels) {
        if (key.kind() != kind) {
            return false;
        }
        for (int i = 0; i < labels.length && i < key.labels().size(); i++) {
            if (labels[i] != null && !labels[i].equals(key.labels().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String numberOf(WebhookEventEnvelope event) {
        return event.phoneNumberId() != null ? event.phoneNumberId() : NO_NUMBER;
    }

    private static String orUnknown(String value) {
        return value == null ? "unknown" : value;
    }
}
