package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.flow.internal.RedeliveryPolicy;
import dev.camelwhatsapp.cloud.flow.internal.TransportFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one message under the rate limits and the redelivery policy, without ever blocking a thread: every wait (for
 * a pair-rate slot, a throughput slot, a retry) is a task on the scheduler, and a send that needs no wait leaves on
 * the caller's thread at once.
 *
 * <p>
 * Each attempt first books the recipient's pair-rate slot, then, once that has come, the number's throughput slot.
 * In this order a recipient who gets too many messages waits alone, and the throughput slots go only to sends that
 * leave right away: booking throughput first would waste the number's slots on messages still waiting for their
 * recipient.
 */
final class SendGovernor {

    private static final Logger LOG = LoggerFactory.getLogger(SendGovernor.class);

    /** How often one attempt may give up a slot it missed (see {@link Send#bookThroughput}) before it just leaves. */
    private static final int MAX_REBOOKINGS = 3;

    private final String phoneNumberId;
    private final SendRateLimiter limiter;
    private final Supplier<RateLimit> throughput;
    private final RateLimit pairRate;
    private final Duration maxThrottleWait;
    private final RedeliveryPolicy redelivery;
    private final Supplier<ScheduledExecutorService> scheduler;
    private final SendStatistics statistics;
    private final ArrivalWindows arrivalWindows;
    private final SharedArrivalWindow sharedArrivals;
    private final int messagesPerSecond;
    private final Set<Send> waiting = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    /**
     * @param phoneNumberId   the business phone number id, the throughput key
     * @param limiter         the limiter, or {@code null} to send without throttling
     * @param throughput      the number's limit
     * @param pairRate        the limit per recipient
     * @param maxThrottleWait the longest an attempt may wait for its slots
     * @param redelivery      the retry policy, or {@code null} to leave every failure to the route
     * @param scheduler       the scheduler of waits, asked for only when a wait is needed
     * @param statistics      the counters to update
     */
    public SendGovernor(String phoneNumberId, SendRateLimiter limiter, RateLimit throughput, RateLimit pairRate,
                        Duration maxThrottleWait, RedeliveryPolicy redelivery,
                        Supplier<ScheduledExecutorService> scheduler, SendStatistics statistics) {
        this(phoneNumberId, limiter, constant(Objects.requireNonNull(throughput, "throughput")), pairRate,
             maxThrottleWait, redelivery, scheduler, statistics, null, 0);
    }

    /**
     * A governor that also keeps what arrives at Meta within the number's limit (see {@link ArrivalWindow}).
     *
     * @param arrivalWindows the windows shared by the endpoints of the JVM
     * @param messagesPerSecond the number's limit, as Meta counts it
     */
    public SendGovernor(String phoneNumberId, SendRateLimiter limiter, RateLimit throughput, RateLimit pairRate,
                        Duration maxThrottleWait, RedeliveryPolicy redelivery,
                        Supplier<ScheduledExecutorService> scheduler, SendStatistics statistics,
                        ArrivalWindows arrivalWindows, int messagesPerSecond) {
        this(phoneNumberId, limiter, constant(Objects.requireNonNull(throughput, "throughput")), pairRate,
             maxThrottleWait, redelivery, scheduler, statistics, arrivalWindows, messagesPerSecond);
    }

    /**
     * As {@link #SendGovernor(String, SendRateLimiter, RateLimit, RateLimit, Duration, RedeliveryPolicy, Supplier,
     * SendStatistics, ArrivalWindows, int)}, with a throughput read before every send, so that a tier Meta raised
     * applies at once (to the arrival window too).
     *
     * @param throughput        the number's limit, asked for before each send
     * @param arrivalWindows    the windows shared by the endpoints of the JVM, or {@code null} for none
     * @param messagesPerSecond the configured limit, as Meta counts it; a raised throughput goes above it
     */
    public SendGovernor(String phoneNumberId, SendRateLimiter limiter, Supplier<RateLimit> throughput,
                        RateLimit pairRate, Duration maxThrottleWait, RedeliveryPolicy redelivery,
                        Supplier<ScheduledExecutorService> scheduler, SendStatistics statistics,
                        ArrivalWindows arrivalWindows, int messagesPerSecond) {
        this.phoneNumberId = Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        this.limiter = limiter;
        this.throughput = Objects.requireNonNull(throughput, "throughput");
        this.pairRate = Objects.requireNonNull(pairRate, "pairRate");
        this.maxThrottleWait = Objects.requireNonNull(maxThrottleWait, "maxThrottleWait");
        this.redelivery = redelivery;
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.arrivalWindows = arrivalWindows == null || limiter == null || limiter instanceof SharedArrivalWindow
                ? null : arrivalWindows;
        this.sharedArrivals = arrivalWindows != null && limiter instanceof SharedArrivalWindow shared ? shared : null;
        this.messagesPerSecond = messagesPerSecond;
    }

    private static Supplier<RateLimit> constant(RateLimit limit) {
        return () -> limit;
    }

    /** The number's per-second limit now: the configured one, or the higher tier Meta granted since. */
    private int messagesPerSecondNow(RateLimit now) {
        long granted = Duration.ofSeconds(1).toNanos() / now.interval().toNanos();
        return (int) Math.max(messagesPerSecond, Math.min(granted, Integer.MAX_VALUE));
    }

    /**
     * @param  recipient the recipient, the pair-rate key
     * @param  call      makes one HTTP attempt; called once per attempt
     * @param  label     names the send in log lines (e.g. the exchange id); must hold nothing secret
     * @return           completes once: with Meta's answer, or with the failure of the last attempt
     */
    public CompletableFuture<JsonNode> send(String recipient, Supplier<CompletableFuture<JsonNode>> call,
                                            String label) {
        Send send = new Send(recipient, call, label);
        waiting.add(send);
        send.outcome.whenComplete((response, failure) -> waiting.remove(send));
        if (stopped) {
            send.stop();
        } else {
            send.attempt();
        }
        return send.outcome;
    }

    /**
     * Fails every send that still waits (for a slot, a place in the arrival window or a retry) with
     * {@link SendStoppedException}, so that no exchange is left without an answer once the endpoint stopped. Sends
     * whose request is with the HTTP client complete with its outcome.
     */
    public void stop() {
        stopped = true;
        waiting.forEach(Send::stop);
    }

    private final class Send implements ArrivalWindow.Departure {

        final String pairKey;
        final Supplier<CompletableFuture<JsonNode>> call;
        final String label;
        final CompletableFuture<JsonNode> outcome = new CompletableFuture<>();
        /** The arrival window this send entered, which its answer leaves (the limit may have been raised since). */
        volatile ArrivalWindow window;
        int redeliveries;
        SharedArrivalWindow.Place sharedPlace;
        volatile boolean posted;
        volatile boolean unansweredBefore;

        /** Fails the send unless its request is with the HTTP client right now. */
        synchronized void stop() {
            if (!posted && outcome.completeExceptionally(new SendStoppedException(phoneNumberId, unansweredBefore))) {
                statistics.failed(SendStatistics.NO_CODE);
            }
        }

        /** @return whether the request may go out: the send was not stopped, and now cannot be until it is answered */
        synchronized boolean markPosted() {
            if (outcome.isDone()) {
                return false;
            }
            posted = true;
            return true;
        }

        Send(String recipient, Supplier<CompletableFuture<JsonNode>> call, String label) {
            this.pairKey = phoneNumberId + '/' + recipient;
            this.call = call;
            this.label = label;
        }

        void attempt() {
            if (limiter == null) {
                post();
                return;
            }
            SendRateLimiter.Reservation pair = limiter.reserve(pairKey, pairRate, maxThrottleWait);
            if (!pair.granted()) {
                refuse(ThrottleWaitExceededException.Limit.PAIR_RATE, pair.delay());
                return;
            }
            after(pair.delay(), () -> bookThroughput(pair, pair.delay(), 0));
        }

        void bookThroughput(SendRateLimiter.Reservation pair, Duration waited, int rebookings) {
            Duration left = maxThrottleWait.minus(waited);
            RateLimit limit = throughput.get();
            if (rebookings > 0 && left.compareTo(limit.interval()) < 0) {
                left = limit.interval();
            }
            SendRateLimiter.Reservation slot = limiter.reserve(phoneNumberId, limit, left);
            if (!slot.granted()) {
                pair.cancel();
                refuse(ThrottleWaitExceededException.Limit.THROUGHPUT, waited.plus(slot.delay()));
                return;
            }
            if (rebookings == 0) {
                statistics.throttled(waited.plus(slot.delay()));
            }
            long due = System.nanoTime() + slot.delay().toNanos();
            after(slot.delay(), () -> {
                long late = System.nanoTime() - due;
                if (late >= limit.interval().toNanos() && rebookings < MAX_REBOOKINGS) {
                    // the slot has passed while the scheduler was busy: leaving now would bunch this send with the
                    // ones booked after it, so it takes a new slot and the missed one stays unused
                    bookThroughput(pair, waited.plus(slot.delay()).plusNanos(late), rebookings + 1);
                    return;
                }
                if (sharedArrivals != null) {
                    takeSharedPlace();
                } else if (arrivalWindows != null) {
                    enterArrivalWindow();
                } else {
                    post();
                }
            });
        }

        void refuse(ThrottleWaitExceededException.Limit which, Duration wait) {
            statistics.throttleRefused();
            statistics.failed(SendStatistics.NO_CODE);
            outcome.completeExceptionally(new ThrottleWaitExceededException(which, wait, maxThrottleWait));
        }

        void enterArrivalWindow() {
            ScheduledExecutorService waits;
            try {
                waits = scheduler.get();
            } catch (RuntimeException stopping) {
                stop();
                return;
            }
            window = arrivalWindows.of(phoneNumberId, messagesPerSecondNow(throughput.get()));
            window.enter(this, waits);
        }

        void takeSharedPlace() {
            RateLimit limit = throughput.get();
            SharedArrivalWindow.Place place = sharedArrivals.tryTake(phoneNumberId, messagesPerSecondNow(limit));
            if (place == null) {
                // the replicas together have the window full: look again after a fraction of a slot
                schedule(limit.interval().dividedBy(4), this::takeSharedPlace);
                return;
            }
            sharedPlace = place;
            post();
        }

        @Override
        public void leave() {
            guarded(this::post).run();
        }

        @Override
        public void abandon(RuntimeException why) {
            stop();
        }

        void post() {
            if (!markPosted()) {
                // stopped while waiting: the exchange has its answer already, and nothing may leave any more
                if (window != null && sharedPlace == null) {
                    window.answered();
                }
                if (sharedPlace != null) {
                    giveBack(sharedPlace, System.nanoTime());
                    sharedPlace = null;
                }
                return;
            }
            CompletableFuture<JsonNode> answer;
            try {
                answer = call.get();
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            // runs on the HTTP client's I/O thread: only bookkeeping here, the retry itself goes to the scheduler
            ArrivalWindow counted = window;
            SharedArrivalWindow.Place place = sharedPlace;
            sharedPlace = null;
            answer.whenComplete((response, failure) -> {
                long answeredAt = System.nanoTime();
                if (counted != null) {
                    counted.answered();
                }
                if (place != null) {
                    giveBack(place, answeredAt);
                }
                if (failure == null) {
                    statistics.sent();
                    outcome.complete(response);
                } else {
                    failed(TransportFailures.unwrap(failure));
                }
            });
        }

        /** Records the answer in the shared store off the I/O thread, which must not wait for a database. */
        void giveBack(SharedArrivalWindow.Place place, long answeredAt) {
            Runnable record = () -> {
                try {
                    place.answered(answeredAt);
                } catch (RuntimeException e) {
                    LOG.warn("Could not record the answer of send {} in the shared arrival window: {}", label,
                            e.getMessage());
                }
            };
            try {
                scheduler.get().execute(record);
            } catch (RejectedExecutionException | IllegalStateException stopping) {
                record.run();
            }
        }

        void failed(Throwable failure) {
            synchronized (this) {
                posted = false;
            }
            unansweredBefore |= TransportFailures.unanswered(failure);
            if (stopped) {
                stop();
                return;
            }
            int code = failure instanceof WhatsAppCloudApiException api ? api.getCode() : SendStatistics.NO_CODE;
            Optional<Duration> delay = redelivery == null
                    ? Optional.empty()
                    : redelivery.delayBefore(redeliveries + 1, failure, ThreadLocalRandom.current()::nextDouble);
            if (delay.isEmpty()) {
                statistics.failed(code);
                outcome.completeExceptionally(failure);
                return;
            }
            redeliveries++;
            statistics.retried(code);
            LOG.debug("Retrying send {} from {} in {} ms (redelivery {}/{}) after {}", label, phoneNumberId,
                    delay.get().toMillis(), redeliveries, redelivery.maximumRedeliveries(),
                    code == SendStatistics.NO_CODE ? failure.getClass().getSimpleName() : "error " + code);
            schedule(delay.get(), this::attempt);
        }

        void after(Duration delay, Runnable next) {
            if (delay.isZero()) {
                guarded(next).run();
            } else {
                schedule(delay, next);
            }
        }

        void schedule(Duration delay, Runnable next) {
            try {
                scheduler.get().schedule(guarded(next), delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException | IllegalStateException stopping) {
                // the endpoint is stopping: the exchange must still complete
                stop();
            }
        }

        Runnable guarded(Runnable step) {
            return () -> {
                try {
                    step.run();
                } catch (RuntimeException | Error unexpected) {
                    outcome.completeExceptionally(unexpected);
                }
            };
        }
    }
}
