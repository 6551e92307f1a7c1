package dev.camelwhatsapp.emulator.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.camelwhatsapp.emulator.DeliveredWebhook;
import dev.camelwhatsapp.emulator.WebhookDeliveryOptions;

/**
 * Delivers webhook events to the app's callback URL like Meta: signed, at least once, retried with backoff on
 * anything but a 2xx. Events wait in a bounded queue (the oldest is dropped when full) and are sent by one
 * delivery thread, so the API handlers never wait for the app; retries run on their own thread and so may
 * overtake later events, as Meta's do.
 */
public final class WebhookSender implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final int SHUFFLE_WINDOW = 256;

    private record Payload(URI url, byte[] body, String signature) {
    }

    private final String wabaId;
    private final Supplier<URI> callbackUrl;
    private final BooleanSupplier subscribed;
    private final WebhookSigner signer;
    private final WebhookLog log;
    private final int queueCapacity;
    private final Deque<WebhookEvent> queue = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger pendingRetries = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final ExecutorService httpExecutor;
    private final HttpClient httpClient;
    private final ScheduledThreadPoolExecutor retries;
    private final Thread worker;
    private volatile WebhookDeliveryOptions options;
    private volatile Random random;
    private volatile boolean paused;
    private volatile boolean running = true;

    public WebhookSender(String wabaId, Supplier<URI> callbackUrl, BooleanSupplier subscribed, String appSecret,
                         WebhookLog log, WebhookDeliveryOptions options, int queueCapacity) {
        this.wabaId = wabaId;
        this.callbackUrl = callbackUrl;
        this.subscribed = subscribed;
        this.signer = new WebhookSigner(appSecret);
        this.log = log;
        this.queueCapacity = queueCapacity;
        this.httpExecutor = Executors.newFixedThreadPool(2, daemon("whatsapp-emulator-webhook-io"));
        this.httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .executor(httpExecutor)
                .build();
        this.retries = new ScheduledThreadPoolExecutor(1, daemon("whatsapp-emulator-webhook-retry"));
        this.retries.setRemoveOnCancelPolicy(true);
        setOptions(options);
        this.worker = daemon("whatsapp-emulator-webhook").newThread(this::deliveryLoop);
        this.worker.start();
    }

    /**
     * Queues an event. Like Meta, nothing is sent when no callback URL is set or the WABA is not subscribed to
     * the app: the event is dropped (and counted).
     */
    public void enqueue(WebhookEvent event) {
        if (callbackUrl.get() == null || !subscribed.getAsBoolean()) {
            dropped.incrementAndGet();
            return;
        }
        lock.lock();
        try {
            if (queue.size() >= queueCapacity) {
                queue.removeFirst();
                dropped.incrementAndGet();
            }
            queue.addLast(event);
            wakeUp.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Holds events in the queue until {@link #resume()}, e.g. to let several pile up for batching. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
        lock.lock();
        try {
            wakeUp.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean paused() {
        return paused;
    }

    public void setOptions(WebhookDeliveryOptions newOptions) {
        this.options = newOptions;
        this.random = new Random(newOptions.seed());
    }

    public WebhookDeliveryOptions options() {
        return options;
    }

    /** Events dropped because no URL was set, the WABA was unsubscribed, or the queue was full. */
    public long droppedEvents() {
        return dropped.get();
    }

    /** Whether nothing is queued, being sent, or waiting for a retry. */
    public boolean idle() {
        lock.lock();
        try {
            return queue.isEmpty() && inFlight.get() == 0 && pendingRetries.get() == 0;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets queued events and pending retries. */
    public void clear() {
        lock.lock();
        try {
            queue.clear();
        } finally {
            lock.unlock();
        }
        List<Runnable> cancelled = new ArrayList<>();
        retries.getQueue().drainTo(cancelled);
        pendingRetries.addAndGet(-cancelled.size());
        dropped.set(0);
        random = new Random(options.seed());
    }

    private void deliveryLoop() {
        while (running) {
            List<WebhookEvent> batch;
            try {
                batch = takeBatch();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                for (List<WebhookEvent> payloadEvents : split(batch)) {
                    deliver(payloadEvents);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Webhook delivery failed unexpectedly", e);
            } finally {
                inFlight.addAndGet(-batch.size());
            }
        }
    }

    private List<WebhookEvent> takeBatch() throws InterruptedException {
        lock.lock();
        try {
            while (running && (paused || queue.isEmpty())) {
                wakeUp.await(500, TimeUnit.MILLISECONDS);
            }
            WebhookDeliveryOptions current = options;
            int max = current.shuffle() ? SHUFFLE_WINDOW : current.maxEventsPerPayload();
            List<WebhookEvent> batch = new ArrayList<>();
            while (!queue.isEmpty() && batch.size() < max) {
                batch.add(queue.removeFirst());
            }
            inFlight.addAndGet(batch.size());
            return batch;
        } finally {
            lock.unlock();
        }
    }

    private List<List<WebhookEvent>> split(List<WebhookEvent> batch) {
        WebhookDeliveryOptions current = options;
        List<WebhookEvent> ordered = new ArrayList<>(batch);
        if (current.shuffle()) {
            Collections.shuffle(ordered, random);
        }
        List<List<WebhookEvent>> payloads = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i += current.maxEventsPerPayload()) {
            payloads.add(ordered.subList(i, Math.min(ordered.size(), i + current.maxEventsPerPayload())));
        }
        return payloads;
    }

    private void deliver(List<WebhookEvent> events) {
        URI url = callbackUrl.get();
        if (url == null) {
            dropped.addAndGet(events.size());
            return;
        }
        byte[] body = MetaJsonWriter.write(WebhookPayloads.envelope(wabaId, events));
        Payload payload = new Payload(url, body, signer.sign(body));
        boolean acknowledged = attempt(payload, 1, false);
        if (!acknowledged) {
            scheduleRetry(payload, 2);
        } else if (options.duplicateRatio() > 0 && random.nextDouble() < options.duplicateRatio()) {
            attempt(payload, 1, true);
        }
    }

    private void scheduleRetry(Payload payload, int attemptNumber) {
        WebhookDeliveryOptions current = options;
        if (attemptNumber > current.maxAttempts() || !running) {
            return;
        }
        long backoffMillis = current.initialBackoff().toMillis() << (attemptNumber - 2);
        pendingRetries.incrementAndGet();
        retries.schedule(() -> {
            try {
                if (!attempt(payload, attemptNumber, false)) {
                    scheduleRetry(payload, attemptNumber + 1);
                }
            } finally {
                pendingRetries.decrementAndGet();
            }
        }, backoffMillis, TimeUnit.MILLISECONDS);
    }

    private boolean attempt(Payload payload, int attemptNumber, boolean duplicate) {
        HttpRequest request = HttpRequest.newBuilder(payload.url())
                .timeout(options.requestTimeout())
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", payload.signature())
                .header("User-Agent", "facebookexternalua")
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload.body()))
                .build();
        int status = -1;
        String failure = null;
        try {
            status = httpClient.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        log.add(new DeliveredWebhook(
                payload.url(), payload.body(), payload.signature(), status, attemptNumber,
                duplicate, Instant.now(), failure));
        return status >= 200 && status < 300;
    }

    @Override
    public void close() {
        running = false;
        worker.interrupt();
        retries.shutdownNow();
        httpExecutor.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
