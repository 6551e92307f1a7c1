package dev.camelwhatsapp.emulator.messages;

import dev.camelwhatsapp.emulator.graph.MetaErrorCode;

/**
 * What happens to an accepted message: delivered (then read), or failed asynchronously with a Meta error, which
 * the app only learns from the {@code failed} status webhook.
 *
 * @param failure the error of a failed message, or {@code null} when delivered
 * @param details {@code error_data.details} of the failure
 */
record Fate(MetaErrorCode failure, String details) {

    static final Fate DELIVER = new Fate(null, null);

    static Fate fail(MetaErrorCode code, String details) {
        return new Fate(code, details);
    }

    boolean delivered() {
        return failure == null;
    }
}
