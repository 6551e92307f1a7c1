package dev.camelwhatsapp.cloud.runtime;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * Completes an exchange once Meta has answered, and decides on which thread the route goes on.
 *
 * <p>
 * The answer arrives on one of the HTTP client's I/O threads. Calling the route's callback there would run the rest of
 * the route on it: a blocking step after a send (a JDBC update, a synchronous HTTP call, a nested
 * {@code ProducerTemplate.request} that sends again) would then hold the thread that has to read every other answer,
 * and with one I/O thread (one CPU) the JVM's sends stop. So the callback runs on the worker pool, as camel-kafka's
 * producer hands its continuation to its {@code workerPool}. The completion itself may call a store (a window or
 * opt-out store, possibly JDBC), so it never runs on the I/O thread either.
 *
 * <p>
 * Two cases need no hop: a call that already completed when it was started (a local failure, a cached answer) is
 * completed on the caller's thread, and a caller that blocks for the exchange through Camel's synchronous API
 * ({@link #forWaitingCaller}) is only woken from the I/O thread and then completes the exchange on its own thread
 * ({@link #completeOnCaller()}).
 */
public final class RouteContinuation {

    /** Marks a waiting caller that has stopped waiting (interrupted): a later answer is completed on the pool. */
    private static final Runnable CALLER_GONE = () -> {
    };

    private final Supplier<? extends Executor> workerPool;
    /** For a waiting caller: the completion the I/O thread left for it; {@code null} for the pool continuation. */
    private final AtomicReference<Runnable> leftForCaller;

    /**
     * @param workerPool the pool the route continues on, asked for on each completion (so that it is created on
     *                   first use)
     */
    public RouteContinuation(Supplier<? extends Executor> workerPool) {
        this(workerPool, null);
    }

    private RouteContinuation(Supplier<? extends Executor> workerPool, AtomicReference<Runnable> leftForCaller) {
        this.workerPool = Objects.requireNonNull(workerPool, "workerPool");
        this.leftForCaller = leftForCaller;
    }

    /**
     * A continuation for one exchange of a caller that blocks until the callback (Camel's synchronous producer API):
     * the answer only wakes the caller, which then calls {@link #completeOnCaller()} on its own thread.
     *
     * @param  workerPool where a completion runs when the caller stopped waiting before the answer came
     * @return            a continuation for one exchange
     */
    public static RouteContinuation forWaitingCaller(Supplier<? extends Executor> workerPool) {
        return new RouteContinuation(workerPool, new AtomicReference<>());
    }

    /**
     * For a continuation of {@link #forWaitingCaller}: completes the exchange on the calling thread once it was woken;
     * does nothing when the exchange was completed already. After this call a late answer is completed on the pool.
     */
    public void completeOnCaller() {
        if (leftForCaller == null) {
            throw new IllegalStateException("Not a continuation for a waiting caller");
        }
        Runnable completion = leftForCaller.getAndSet(CALLER_GONE);
        if (completion != null && completion != CALLER_GONE) {
            completion.run();
        }
    }

    /**
     * An executor for work that follows an answer and may block (a store call): the worker pool, or the calling thread
     * once the pool takes no more work because the endpoint is stopping.
     *
     * @return the executor
     */
    public Executor offIoThreads() {
        return this::dispatch;
    }

    /**
     * Completes the exchange when {@code call} completes: {@code onSuccess} applies the result to the exchange, a
     * failure (of the call or of {@code onSuccess}) is set on the exchange, and the callback is called exactly once.
     *
     * @return whether the exchange was completed synchronously, on the calling thread (the value for
     *         {@code AsyncProcessor.process})
     */
    public <T> boolean whenAnswered(
                                    CompletableFuture<T> call, Exchange exchange, AsyncCallback callback,
                                    Consumer<? super T> onSuccess) {
        return whenAnswered(call, exchange, callback, onSuccess, failure -> {
        });
    }

    /**
     * As {@link #whenAnswered(CompletableFuture, Exchange, AsyncCallback, Consumer)}, and {@code onFailure} learns from
     * a failed call (e.g. records it in a store) before the failure is set on the exchange. Both run off the I/O
     * threads.
     *
     * @return whether the exchange was completed synchronously, on the calling thread
     */
    public <T> boolean whenAnswered(
                                    CompletableFuture<T> call, Exchange exchange, AsyncCallback callback,
                                    Consumer<? super T> onSuccess,
                                    Consumer<? super Throwable> onFailure) {
        if (call.isDone()) {
            complete(call, exchange, onSuccess, onFailure);
            callback.done(true);
            return true;
        }
        if (leftForCaller != null) {
            call.whenComplete((ignoredResult, ignoredFailure) -> {
                Runnable completion = () -> complete(call, exchange, onSuccess, onFailure);
                if (leftForCaller.compareAndSet(null, completion)) {
                    callback.done(false); // wakes the caller, which completes the exchange on its thread
                } else {
                    dispatch(() -> {
                        try {
                            completion.run();
                        } finally {
                            callback.done(false);
                        }
                    });
                }
            });
            return false;
        }
        call.whenComplete((ignoredResult, ignoredFailure) -> dispatch(() -> {
            try {
                complete(call, exchange, onSuccess, onFailure);
            } finally {
                callback.done(false);
            }
        }));
        return false;
    }

    /**
     * The one place a future's failure is unwrapped, for an exchange, a diagnosis step or a retry decision alike.
     *
     * @param  failure what a future completed with, possibly wrapped
     * @return         the failure without the wrappers of futures ({@code CompletionException},
     *                 {@code ExecutionException}); a cancellation stays as it is
     */
    public static Throwable causeOf(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause()
                                                                                                != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void dispatch(Runnable completion) {
        try {
            workerPool.get().execute(completion);
        } catch (RejectedExecutionException | IllegalStateException stopping) {
            // the endpoint is stopping and its pool takes no more work: the exchange must still complete, and its
            // route is being stopped too, so little is left to run on this thread
            completion.run();
        }
    }

    private static <T> void complete(
                                     CompletableFuture<T> call, Exchange exchange, Consumer<? super T> onSuccess,
                                     Consumer<? super Throwable> onFailure) {
        try {
            onSuccess.accept(call.join());
        } catch (CompletionException | CancellationException failure) {
            Throwable cause = causeOf(failure);
            onFailure.accept(cause);
            exchange.setException(cause);
        } catch (RuntimeException e) {
            exchange.setException(e);
        }
    }
}
