package dev.camelwhatsapp.cloud.webhook.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets each event through to the route until it succeeds once, and never again after: Meta delivers at least once,
 * the route sees each event exactly once per success.
 * <p>
 * Two stores take part. The <em>processed</em> repository remembers the keys of events whose route succeeded; a key
 * is added only after success, so an event whose route failed is processed again when Meta redelivers it. The
 * <em>claims</em> repository, when configured, is shared by every instance behind the webhook URL: an instance adds
 * the key there before routing (an atomic claim: one {@code add} returns {@code true}, the others {@code false} or
 * fail on the store's unique key), and removes it once the event is remembered as processed or has failed. While
 * another instance holds the claim, the event is answered as failed, so Meta delivers it again later rather than
 * believing it safe before it is. A claims store whose entries expire (camel-sql's
 * {@link dev.camelwhatsapp.cloud.flow.PostgreSqlClaimRepository}) frees the claim of an instance that died in the middle of a route,
 * so the redelivery is then processed.
 * <p>
 * Within one instance, the same key arriving again while in progress (a duplicate delivered concurrently, or the same
 * event in two payloads) is not routed a second time either, and is answered as failed at once, as a claim held by
 * another instance is: the HTTP engine runs each request on one of its worker threads until it is answered (Vert.x
 * platform-http processes the exchange synchronously on its worker pool), so waiting for the first would hold a
 * thread per redelivery while the route is slow, and some twenty of them would stop every route of the server. Meta
 * delivers the payload again later, and by then finds the event processed.
 * <p>
 * Keys longer than {@value #MAX_KEY_LENGTH} characters are replaced by their SHA-256, so that an absurd id in a
 * signed payload neither fills the memory of an in-memory repository nor overflows the column of a JDBC one
 * (camel-sql's {@code messageId VARCHAR(100)}).
 */
public final class ExactlyOnceGate {

    /** The longest key stored as it is; fits camel-sql's {@code messageId VARCHAR(100)}. */
    public static final int MAX_KEY_LENGTH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(ExactlyOnceGate.class);
    private static final HexFormat HEX = HexFormat.of();

    private final IdempotentRepository processed;
    private final IdempotentRepository claims;
    private final ConcurrentMap<String, CompletableFuture<Boolean>> inProgress = new ConcurrentHashMap<>();

    /**
     * A gate for one instance: claims are kept in this JVM only.
     *
     * @param processed where keys of events that went through the route are remembered
     */
    public ExactlyOnceGate(IdempotentRepository processed) {
        this(processed, null);
    }

    /**
     * @param processed where keys of events that went through the route are remembered
     * @param claims    where an instance claims an event while routing it, shared by all instances; {@code null} for
     *                  claims in this JVM only
     */
    public ExactlyOnceGate(IdempotentRepository processed, IdempotentRepository claims) {
        this.processed = processed;
        this.claims = claims;
    }

    /**
     * Runs the work unless the key already succeeded or is in progress.
     *
     * @param  eventKey the event's deduplication key
     * @param  work     routes the event
     * @param  callback told the outcome: the work's, {@code true} for a key already processed, {@code false} for a
     *                  key in progress here or claimed by another instance
     * @return          {@code true} if done before returning
     */
    public boolean process(String eventKey, EventWork work, EventCallback callback) {
        String key = bounded(eventKey);
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        if (inProgress.putIfAbsent(key, mine) != null) {
            LOG.debug("Event {} is in progress; answered as failed so Meta delivers it again", key);
            callback.done(false, true);
            return true;
        }
        Admission admission = admit(key);
        if (admission != Admission.ROUTE) {
            boolean succeeded = admission == Admission.PROCESSED_BEFORE;
            finish(key, mine, succeeded);
            callback.done(succeeded, true);
            return true;
        }
        return work.process((succeeded, doneSync) -> {
            if (succeeded) {
                remember(key);
            }
            release(key);
            finish(key, mine, succeeded);
            callback.done(succeeded, doneSync);
        });
    }

    /**
     * @return how many keys are being processed now
     */
    public int inProgress() {
        return inProgress.size();
    }

    /**
     * @param  key an event's deduplication key
     * @return     the key as stored: itself up to {@value #MAX_KEY_LENGTH} characters, else {@code sha256:} and the
     *             hex SHA-256 of its UTF-8 bytes
     */
    public static String bounded(String key) {
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HEX.formatHex(digest);
        } catch (NoSuchAlgorithmException requiredByTheJavaPlatform) {
            throw new IllegalStateException(requiredByTheJavaPlatform);
        }
    }

    private enum Admission {
        ROUTE,
        PROCESSED_BEFORE,
        /** claimed by another instance, or a store cannot answer: fail, Meta delivers again */
        NOT_NOW
    }

    private Admission admit(String key) {
        try {
            if (processed.contains(key)) {
                LOG.debug("Skipping event {}: processed before", key);
                return Admission.PROCESSED_BEFORE;
            }
            if (claims == null) {
                return Admission.ROUTE;
            }
            if (!claim(key)) {
                LOG.debug("Event {} is being processed by another instance; answered as failed so Meta delivers it"
                        + " again", key);
                return Admission.NOT_NOW;
            }
            // The instance that held the claim may have remembered the event and released the claim between the
            // look-up above and the claim: look again, now that nobody else can route it.
            if (processed.contains(key)) {
                release(key);
                LOG.debug("Skipping event {}: processed before", key);
                return Admission.PROCESSED_BEFORE;
            }
            return Admission.ROUTE;
        } catch (RuntimeException repositoryDown) {
            // Not knowing is not a reason to route twice: fail the event, Meta delivers it again.
            LOG.warn("Cannot look up event {} in the idempotent repository: {}", key, repositoryDown.toString());
            return Admission.NOT_NOW;
        }
    }

    /**
     * A JDBC repository whose {@code add} loses the race on the table's unique key throws instead of answering
     * {@code false}; the key being there then tells a lost race from a store that is down.
     */
    private boolean claim(String key) {
        try {
            return claims.add(key);
        } catch (RuntimeException failed) {
            if (claims.contains(key)) {
                return false;
            }
            throw failed;
        }
    }

    private void remember(String key) {
        try {
            processed.add(key);
        } catch (RuntimeException repositoryDown) {
            // The route did succeed: answering a failure would have Meta redeliver an event already processed.
            LOG.warn("Cannot remember event {} in the idempotent repository; a redelivery would be routed again: {}",
                    key, repositoryDown.toString());
        }
    }

    private void release(String key) {
        if (claims == null) {
            return;
        }
        try {
            claims.remove(key);
        } catch (RuntimeException repositoryDown) {
            LOG.warn("Cannot release the claim of event {}; another instance routes its redelivery once the claim"
                    + " expires: {}", key, repositoryDown.toString());
        }
    }

    private void finish(String key, CompletableFuture<Boolean> mine, boolean succeeded) {
        // Removed only after the key is in the repository, so a newcomer finds one or the other.
        inProgress.remove(key, mine);
        mine.complete(succeeded);
    }
}
