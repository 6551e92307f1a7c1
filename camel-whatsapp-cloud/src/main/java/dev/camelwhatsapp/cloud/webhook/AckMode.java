package dev.camelwhatsapp.cloud.webhook;

/**
 * When a webhook POST is answered. Meta delivers again whatever was not answered with 200, for days, so the answer
 * is the promise that the events are safe.
 */
public enum AckMode {

    /**
     * 200 once every event of the payload went through the route; 500 as soon as one failed, so Meta delivers the
     * payload again (the events that succeeded are then skipped as duplicates). The safe default.
     */
    afterProcessing,

    /**
     * 200 as soon as every event of the payload is queued for a bounded pool of threads; 503 when they do not all fit,
     * so Meta delivers the payload later. Answers fast whatever the route does, but an event whose route fails is not
     * delivered again: handle failures in the route (dead letter channel).
     */
    immediate
}
