package dev.camelwhatsapp.emulator.flows;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A Flow as the emulator holds it; immutable, replaced on every change.
 *
 * @param id               the Flow id
 * @param name             unique within the WABA
 * @param categories       Meta's category names
 * @param endpointUri      the data endpoint, or {@code null}
 * @param status           the lifecycle state
 * @param flowJson         the uploaded Flow JSON, or {@code null}
 * @param validationErrors the errors of {@code flowJson}
 * @param previewToken     the token of the current preview URL
 * @param previewExpiresAt when the preview URL expires
 */
public record StoredFlow(String id, String name, List<String> categories, String endpointUri, FlowStatus status,
        String flowJson, ArrayNode validationErrors, String previewToken, Instant previewExpiresAt) {

    public StoredFlow {
        categories = List.copyOf(categories);
        validationErrors = validationErrors.deepCopy();
    }

    StoredFlow withMetadata(String newName, List<String> newCategories, String newEndpointUri) {
        return new StoredFlow(
                id, newName, newCategories, newEndpointUri, status, flowJson, validationErrors,
                previewToken, previewExpiresAt);
    }

    StoredFlow withFlowJson(String json, ArrayNode errors) {
        return new StoredFlow(
                id, name, categories, endpointUri, status, json, errors, previewToken,
                previewExpiresAt);
    }

    StoredFlow withStatus(FlowStatus newStatus) {
        return new StoredFlow(
                id, name, categories, endpointUri, newStatus, flowJson, validationErrors, previewToken,
                previewExpiresAt);
    }

    StoredFlow withPreview(String token, Instant expiresAt) {
        return new StoredFlow(
                id, name, categories, endpointUri, status, flowJson, validationErrors, token,
                expiresAt);
    }
}
