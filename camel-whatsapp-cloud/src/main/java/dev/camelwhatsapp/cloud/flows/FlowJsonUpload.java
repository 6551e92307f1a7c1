package dev.camelwhatsapp.cloud.flows;

import java.util.List;

/**
 * The answer to {@code updateFlowJson}: Meta stores the Flow JSON even when it has errors, and reports them.
 *
 * @param flowId           the Flow
 * @param validationErrors its problems; the Flow can be published only when there are none
 */
public record FlowJsonUpload(String flowId, List<FlowValidationError> validationErrors) {

    /** Copies the list. */
    public FlowJsonUpload {
        validationErrors = validationErrors == null ? List.of() : List.copyOf(validationErrors);
    }

    /** @return {@code true} when the Flow JSON has no validation errors */
    public boolean isValid() {
        return validationErrors.isEmpty();
    }
}
