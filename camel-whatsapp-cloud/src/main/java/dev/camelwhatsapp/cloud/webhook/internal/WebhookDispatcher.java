package dev.camelwhatsapp.cloud.webhook.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;

import dev.camelwhatsapp.cloud.metrics.WebhookStatistics;
import dev.camelwhatsapp.cloud.webhook.AckMode;
import dev.camelwhatsapp.cloud.webhook.WebhookEventEnvelope;
import dev.camelwhatsapp.cloud.webhook.WebhookPayloadParser;
import dev.camelwhatsapp.cloud.webhook.WebhookRejectedException;
import dev.camelwhatsapp.cloud.webhook.WebhookVerification;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one webhook path through camel-platform-http and hands each event of each payload to the subscribers
 * (consumers) registered on it. The platform-http consumer exists while at least one subscriber is registered.
 * <p>
 * A POST is checked in this order, each refusal answered without routing anything and logged at DEBUG only (a public
 * URL receives junk, which must not fill the logs): declared size (413), content type (415), actual size (413),
 * signature (403), payload (400). Then events go to the subscribers that trust the signature and receive them; the
 * answer is 200 once all are safe (processed, or queued in {@link AckMode#immediate} mode), 500 if one failed, 503 if
 * the immediate queues are full.
 * <p>
 * The processor is asynchronous: events are processed one after another with callbacks, never by waiting on the
 * engine's thread for a route that works asynchronously.
 */
final class WebhookDispatcher extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final CamelContext camelContext;
    private final String path;
    private final WebhookPayloadParser parser = new WebhookPayloadParser();
    private final List<WebhookSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private Consumer httpConsumer;
    private final WebhookStatistics statistics;
    private volatile ExecutorService continuations;

    /**
     * @param camelContext the context whose platform-http component serves the path
     * @param path         the HTTP path, starting with {@code /}
     */
    public WebhookDispatcher(CamelContext camelContext, String path) {
        this(camelContext, path, new WebhookStatistics());
    }

    /**
     * @param camelContext the context whose platform-http component serves the path
     * @param path         the HTTP path, starting with {@code /}
     * @param statistics   where payloads taken in and requests refused are counted
     */
    public WebhookDispatcher(CamelContext camelContext, String path, WebhookStatistics statistics) {
        this.camelContext = camelContext;
        this.path = path;
        this.statistics = statistics;
    }

    /**
     * Adds a subscriber; the first one starts serving the path.
     *
     * @param  subscriber the subscriber
     * @throws Exception  if the platform-http consumer cannot start (no engine on the class path, path taken, ...)
     */
    public synchronized void register(WebhookSubscriber subscriber) throws Exception {
        subscribers.add(subscriber);
        if (httpConsumer == null) {
            try {
                // The first subscriber's timeout: the route is registered once per path.
                String timeout = subscriber.requestTimeout() > 0 ? "&requestTimeout=" + subscriber.requestTimeout()
                        : "";
                Endpoint endpoint = camelContext.getEndpoint(
                        "platform-http:" + path + "?httpMethodRestrict=GET,POST" + timeout);
                Consumer consumer = endpoint.createConsumer(this);
                // Abort, not Camel's CallerRuns default: CallerRuns drops a task silently once the pool is shut
                // down, and a dropped continuation is a request never answered. EventSequence runs rejected ones.
                ThreadPoolProfile profile = new ThreadPoolProfile("WhatsAppCloudWebhookContinuations");
                profile.setPoolSize(2);
                profile.setMaxPoolSize(20);
                profile.setMaxQueueSize(1000);
                profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
                continuations = camelContext.getExecutorServiceManager().newThreadPool(this,
                        "WhatsAppCloudWebhook" + path, profile);
                ServiceHelper.startService(consumer);
                httpConsumer = consumer;
                LOG.info("Receiving WhatsApp Cloud webhooks on {}", path);
            } catch (Exception | LinkageError cannotServe) {
                subscribers.remove(subscriber);
                shutdownContinuations();
                throw cannotServe;
            }
        }
    }

    /**
     * Removes a subscriber; the last one stops serving the path.
     *
     * @param  subscriber the subscriber
     * @return            {@code true} if no subscriber is left
     */
    public synchronized boolean unregister(WebhookSubscriber subscriber) {
        subscribers.remove(subscriber);
        if (subscribers.isEmpty() && httpConsumer != null) {
            ServiceHelper.stopAndShutdownService(httpConsumer);
            httpConsumer = null;
            shutdownContinuations();
            LOG.info("Stopped receiving WhatsApp Cloud webhooks on {}", path);
        }
        return subscribers.isEmpty();
    }

    private void shutdownContinuations() {
        if (continuations != null) {
            // Continuations already queued still run (payloads in progress must be answered); later ones are
            // rejected and run on the thread completing their exchange (see EventSequence).
            camelContext.getExecutorServiceManager().shutdown(continuations);
            continuations = null;
        }
    }

    /**
     * @return {@code true} if no subscriber is registered
     */
    public synchronized boolean isUnused() {
        return subscribers.isEmpty();
    }

    /**
     * @return the HTTP path served
     */
    public String path() {
        return path;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            Message request = exchange.getMessage();
            String method = request.getHeader(Exchange.HTTP_METHOD, String.class);
            if ("GET".equalsIgnoreCase(method)) {
                verify(exchange, VerificationRequest.of(request));
            } else if ("POST".equalsIgnoreCase(method)) {
                return receive(exchange, callback);
            } else {
                refuse(exchange, HttpAnswer.METHOD_NOT_ALLOWED, "method " + method + " not allowed");
            }
        } catch (RuntimeException unexpected) {
            // Whatever went wrong, Meta must deliver the payload again rather than believe it safe.
            LOG.warn("Failed to handle a webhook request on {}", path, unexpected);
            HttpAnswer.write(exchange, HttpAnswer.INTERNAL_SERVER_ERROR, "Internal Server Error");
        }
        callback.done(true);
        return true;
    }

    private void verify(Exchange exchange, VerificationRequest request) {
        for (WebhookSubscriber subscriber : subscribers) {
            WebhookVerification answer = subscriber.verify(request.mode(), request.token(), request.challenge());
            if (answer.accepted()) {
                HttpAnswer.write(exchange, answer.statusCode(), answer.body());
                statistics.verified(path);
                LOG.info("Webhook verification on {} accepted", path);
                return;
            }
        }
        refuse(exchange, HttpAnswer.FORBIDDEN, "verification refused");
    }

    private boolean receive(Exchange exchange, AsyncCallback callback) {
        List<WebhookSubscriber> registered = List.copyOf(subscribers);
        if (registered.isEmpty()) {
            // stopping: Meta will deliver again once a consumer is back
            refuse(exchange, HttpAnswer.SERVICE_UNAVAILABLE, "no consumer");
            callback.done(true);
            return true;
        }
        AcceptedPayload payload = accept(exchange, registered);
        if (payload == null) {
            callback.done(true);
            return true;
        }
        List<EventSequence.Delivery> deliveries = new ArrayList<>();
        for (WebhookEventEnvelope event : payload.events()) {
            boolean delivered = false;
            for (WebhookSubscriber subscriber : payload.trustedBy()) {
                if (subscriber.receives(event)) {
                    deliveries.add(new EventSequence.Delivery(event, subscriber));
                    delivered = true;
                }
            }
            if (!delivered) {
                LOG.debug("No consumer on {} receives {} event of number {} / WABA {}", path, event.eventType(),
                        event.phoneNumberId(), event.wabaId());
            }
        }
        Set<WebhookSubscriber> tooLargeToQueue = tooLargeToQueue(deliveries);
        if (!queueImmediateOnes(deliveries, tooLargeToQueue)) {
            refuse(exchange, HttpAnswer.SERVICE_UNAVAILABLE, "busy, deliver later");
            callback.done(true);
            return true;
        }
        List<EventSequence.Delivery> now = deliveries.stream()
                .filter(delivery -> delivery.subscriber().ackMode() != AckMode.immediate
                        || tooLargeToQueue.contains(delivery.subscriber()))
                .toList();
        ExecutorService pool = continuations;
        return new EventSequence(now, pool != null ? pool : Runnable::run, (allSucceeded, doneSync) -> {
            if (allSucceeded) {
                HttpAnswer.write(exchange, HttpAnswer.OK, "OK");
            } else {
                LOG.debug("Webhook POST on {} answered 500: an event failed in the route", path);
                HttpAnswer.write(exchange, HttpAnswer.INTERNAL_SERVER_ERROR, "Internal Server Error");
            }
            callback.done(doneSync);
        }).start();
    }

    /** The events of a payload that passed every check, and the subscribers whose secret signed it. */
    private record AcceptedPayload(List<WebhookEventEnvelope> events, List<WebhookSubscriber> trustedBy) {
    }

    /**
     * @return the payload, or {@code null} when the request was refused (the answer is written)
     */
    private AcceptedPayload accept(Exchange exchange, List<WebhookSubscriber> registered) {
        Message request = exchange.getMessage();
        long limit = registered.stream().mapToLong(WebhookSubscriber::maxBodySize).max().orElse(0);
        Long declared = declaredLength(request);
        if (declared != null && declared > limit) {
            refuse(exchange, HttpAnswer.PAYLOAD_TOO_LARGE, "body of " + declared + " bytes exceeds " + limit);
            return null;
        }
        String contentType = request.getHeader(Exchange.CONTENT_TYPE, String.class);
        if (!isJson(contentType)) {
            refuse(exchange, HttpAnswer.UNSUPPORTED_MEDIA_TYPE, "content type is not JSON");
            return null;
        }
        byte[] body;
        try {
            body = RawBody.read(request, limit);
        } catch (Exception unreadable) {
            refuse(exchange, HttpAnswer.BAD_REQUEST, "unreadable body (" + unreadable.getClass().getSimpleName() + ")");
            return null;
        }
        if (body.length > limit) {
            refuse(exchange, HttpAnswer.PAYLOAD_TOO_LARGE, "body exceeds " + limit + " bytes");
            return null;
        }
        String signature = SignatureHeader.of(request);
        List<WebhookSubscriber> trustedBy = registered.stream()
                .filter(subscriber -> subscriber.trusts(body, signature)).toList();
        if (trustedBy.isEmpty()) {
            refuse(exchange, HttpAnswer.FORBIDDEN, signature == null ? "signature missing" : "signature mismatch");
            return null;
        }
        try {
            AcceptedPayload accepted = new AcceptedPayload(parser.parse(body), trustedBy);
            statistics.payload(path, accepted.events().size());
            return accepted;
        } catch (WebhookRejectedException rejected) {
            refuse(exchange, rejected.statusCode(), rejected.getMessage());
            return null;
        }
    }

    /**
     * Reserves room for every immediate event of the payload, for all subscribers or for none, then queues them.
     *
     * @return {@code false} if some queue is full (nothing was queued)
     */
    private static boolean queueImmediateOnes(List<EventSequence.Delivery> deliveries,
                                              Set<WebhookSubscriber> tooLargeToQueue) {
        Map<WebhookSubscriber, List<WebhookEventEnvelope>> bySubscriber = new LinkedHashMap<>();
        for (EventSequence.Delivery delivery : deliveries) {
            if (delivery.subscriber().ackMode() == AckMode.immediate
                    && !tooLargeToQueue.contains(delivery.subscriber())) {
                bySubscriber.computeIfAbsent(delivery.subscriber(), s -> new ArrayList<>()).add(delivery.event());
            }
        }
        List<Map.Entry<WebhookSubscriber, List<WebhookEventEnvelope>>> reserved = new ArrayList<>();
        for (Map.Entry<WebhookSubscriber, List<WebhookEventEnvelope>> entry : bySubscriber.entrySet()) {
            if (!entry.getKey().immediateQueue().tryReserve(entry.getValue().size())) {
                reserved.forEach(done -> done.getKey().immediateQueue().cancel(done.getValue().size()));
                return false;
            }
            reserved.add(entry);
        }
        for (Map.Entry<WebhookSubscriber, List<WebhookEventEnvelope>> entry : reserved) {
            WebhookSubscriber subscriber = entry.getKey();
            for (WebhookEventEnvelope event : entry.getValue()) {
                subscriber.immediateQueue().submit(callback -> subscriber.process(event, callback));
            }
        }
        return true;
    }

    /**
     * The {@link AckMode#immediate} subscribers that receive more events of this payload than their queue can ever
     * hold: refusing would have Meta deliver the same payload again, refused again, for days. Their events are
     * processed before the answer instead, as in {@link AckMode#afterProcessing}.
     */
    private Set<WebhookSubscriber> tooLargeToQueue(List<EventSequence.Delivery> deliveries) {
        Map<WebhookSubscriber, Integer> counts = new HashMap<>();
        for (EventSequence.Delivery delivery : deliveries) {
            if (delivery.subscriber().ackMode() == AckMode.immediate) {
                counts.merge(delivery.subscriber(), 1, Integer::sum);
            }
        }
        Set<WebhookSubscriber> tooLarge = new HashSet<>();
        counts.forEach((subscriber, events) -> {
            BoundedEventQueue queue = subscriber.immediateQueue();
            if (queue != null && events > queue.capacity()) {
                LOG.debug("{} events of one payload on {} exceed the immediate queue of {}: processed before the"
                        + " answer", events, path, queue.capacity());
                tooLarge.add(subscriber);
            }
        });
        return tooLarge;
    }

    private static Long declaredLength(Message request) {
        String header = request.getHeader("Content-Length", String.class);
        if (header == null) {
            return null;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Meta sends {@code application/json}; a missing type is tolerated, anything else is not a webhook. */
    private static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim()
                .toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private void refuse(Exchange exchange, int status, String reason) {
        LOG.debug("Webhook {} on {} answered {}: {}", exchange.getMessage().getHeader(Exchange.HTTP_METHOD), path,
                status, reason);
        statistics.rejected(path, RejectionReason.of(status, reason));
        HttpAnswer.write(exchange, status, reasonPhrase(status));
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case HttpAnswer.BAD_REQUEST -> "Bad Request";
            case HttpAnswer.FORBIDDEN -> "Forbidden";
            case HttpAnswer.METHOD_NOT_ALLOWED -> "Method Not Allowed";
            case HttpAnswer.PAYLOAD_TOO_LARGE -> "Payload Too Large";
            case HttpAnswer.UNSUPPORTED_MEDIA_TYPE -> "Unsupported Media Type";
            case HttpAnswer.SERVICE_UNAVAILABLE -> "Service Unavailable";
            default -> "Refused";
        };
    }
}
