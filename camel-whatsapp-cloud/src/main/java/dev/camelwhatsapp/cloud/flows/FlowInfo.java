package dev.camelwhatsapp.cloud.flows;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Flow as the Flows API describes it ({@code listFlows}, {@code getFlow}).
 *
 * @param id               the Flow id, used in Flow messages and templates
 * @param name             unique within the WABA
 * @param status           the lifecycle state; {@code null} for a state Meta added later
 * @param categories       its categories (names Meta added later are left out)
 * @param validationErrors the problems of its Flow JSON; empty when it can be published
 * @param jsonVersion      the Flow JSON {@code version} ({@code getFlow} only)
 * @param dataApiVersion   the {@code data_api_version} of a Flow with a data endpoint ({@code getFlow} only)
 * @param endpointUri      the data endpoint ({@code getFlow} only)
 */
public record FlowInfo(String id, String name, FlowStatus status, List<FlowCategory> categories,
        List<FlowValidationError> validationErrors, String jsonVersion, String dataApiVersion,
        String endpointUri) {

    /** Copies the lists. */
    public FlowInfo {
        categories = categories == null ? List.of() : List.copyOf(categories);
        validationErrors = validationErrors == null ? List.of() : List.copyOf(validationErrors);
    }

    /** @return {@code true} when the Flow JSON has no validation errors */
    public boolean isValid() {
        return validationErrors.isEmpty();
    }

    static FlowInfo fromGraphJson(JsonNode json) {
        List<FlowCategory> categories = new ArrayList<>();
        for (JsonNode category : json.path("categories")) {
            for (FlowCategory known : FlowCategory.values()) {
                if (known.name().equals(category.asText())) {
                    categories.add(known);
                }
            }
        }
        String endpoint = json.path("endpoint_uri").asText(json.path("data_channel_uri").asText(null));
        return new FlowInfo(
                json.path("id").asText(null), json.path("name").asText(null),
                FlowStatus.of(json.path("status").asText(null)), categories,
                FlowValidationError.listOf(json.path("validation_errors")), json.path("json_version").asText(null),
                json.path("data_api_version").asText(null), endpoint);
    }
}
