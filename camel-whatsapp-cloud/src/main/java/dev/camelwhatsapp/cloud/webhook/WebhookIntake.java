package dev.camelwhatsapp.cloud.webhook;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one webhook path took in since it opened: requests, the events of accepted payloads, and every answer by HTTP
 * status, refusals included. Counted without locks on the request path; read by the dev console.
 */
public final class WebhookIntake {

    private final LongAdder posts = new LongAdder();
    private final LongAdder verifications = new LongAdder();
    private final LongAdder payloadsAccepted = new LongAdder();
    private final LongAdder events = new LongAdder();
    private final Map<Integer, LongAdder> answers = new ConcurrentHashMap<>();

    void post() {
        posts.increment();
    }

    void verificationAccepted() {
        verifications.increment();
    }

    void accepted(int eventCount) {
        payloadsAccepted.increment();
        events.add(eventCount);
    }

    void answered(int status) {
        answers.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    /** @return the POSTs received, whatever their fate */
    public long getPosts() {
        return posts.sum();
    }

    /** @return Meta's verification GETs answered with the challenge */
    public long getVerificationsAccepted() {
        return verifications.sum();
    }

    /** @return the POSTs whose payload passed every check (size, content type, signature, JSON) */
    public long getPayloadsAccepted() {
        return payloadsAccepted.sum();
    }

    /** @return the events of the accepted payloads */
    public long getEvents() {
        return events.sum();
    }

    /** @return how many requests were answered with each HTTP status, by status */
    public Map<Integer, Long> getAnswersByStatus() {
        Map<Integer, Long> counts = new TreeMap<>();
        answers.forEach((status, count) -> counts.put(status, count.sum()));
        return counts;
    }
}
