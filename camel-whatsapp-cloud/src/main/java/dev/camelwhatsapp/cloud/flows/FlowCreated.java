package dev.camelwhatsapp.cloud.flows;

import java.util.List;

/**
 * The answer to {@code createFlow}.
 *
 * @param id               the new Flow's id
 * @param validationErrors the problems of the Flow JSON sent with it (empty when none was sent, or it is valid)
 */
public record FlowCreated(String id, List<FlowValidationError> validationErrors) {

    /** Copies the list. */
    public FlowCreated {
        validationErrors = validationErrors == null ? List.of() : List.copyOf(validationErrors);
    }
}
