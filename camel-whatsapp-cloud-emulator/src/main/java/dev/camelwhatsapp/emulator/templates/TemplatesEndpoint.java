package dev.camelwhatsapp.emulator.templates;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.TemplateDefinition;
import dev.camelwhatsapp.emulator.TemplateStatus;
import dev.camelwhatsapp.emulator.clock.VirtualScheduler;
import dev.camelwhatsapp.emulator.graph.FieldSelection;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.GraphError;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;
import dev.camelwhatsapp.emulator.server.ApiRequest;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.webhook.WebhookEvent;

/**
 * {@code GET|POST|DELETE /{waba-id}/message_templates}: cursor-paged listing, creation (validated, then reviewed
 * after a virtual delay with a {@code message_template_status_update} webhook) and deletion by name.
 */
public final class TemplatesEndpoint {

    private static final int DEFAULT_PAGE_SIZE = 25;
    private static final int MAX_PAGE_SIZE = 1000;

    private final TemplateStore store;
    private final VirtualScheduler scheduler;
    private final Consumer<WebhookEvent> webhooks;
    private final Supplier<Duration> reviewDelay;

    public TemplatesEndpoint(TemplateStore store, VirtualScheduler scheduler, Consumer<WebhookEvent> webhooks,
                             Supplier<Duration> reviewDelay) {
        this.store = store;
        this.scheduler = scheduler;
        this.webhooks = webhooks;
        this.reviewDelay = reviewDelay;
    }

    public ApiResponse list(ApiRequest request) throws GraphApiException {
        List<StoredTemplate> matching = store.all().stream()
                .filter(t -> matches(request.query().get("name"), t.definition().name(), true))
                .filter(t -> matches(request.query().get("language"), t.definition().language(), false))
                .filter(t -> matches(request.query().get("status"), t.definition().status().name(), false))
                .filter(t -> matches(request.query().get("category"), t.definition().category(), false))
                .toList();
        int limit = parseLimit(request.query().get("limit"));
        int start = 0;
        if (request.query().containsKey("after")) {
            start = decodeCursor(request.query().get("after")) + 1;
        } else if (request.query().containsKey("before")) {
            start = Math.max(0, decodeCursor(request.query().get("before")) - limit);
        }
        int end = Math.min(matching.size(), start + limit);
        ObjectNode response = Json.object();
        ArrayNode data = response.putArray("data");
        for (int i = start; i < end; i++) {
            data.add(FieldSelection.select(matching.get(i).toJson(), request.query().get("fields")));
        }
        if (start < end) {
            ObjectNode paging = response.putObject("paging");
            ObjectNode cursors = paging.putObject("cursors");
            cursors.put("before", encodeCursor(start));
            cursors.put("after", encodeCursor(end - 1));
            if (end < matching.size()) {
                paging.put("next", nextUrl(request, limit, encodeCursor(end - 1)));
            }
            if (start > 0) {
                paging.put("previous", previousUrl(request, limit, encodeCursor(start)));
            }
        }
        return ApiResponse.ok(response);
    }

    public ApiResponse create(ApiRequest request, JsonNode body) throws GraphApiException {
        TemplateReview.checkStructure(body);
        String name = Json.text(body, "name");
        String language = Json.text(body, "language");
        if (store.find(name, language).isPresent()) {
            throw new GraphApiException(
                    templateParameterError(2388024,
                            "Content in this language already exists for template " + name,
                            "Content in this language already exists",
                            "The template " + name + " already has content in " + language + "."));
        }
        String category = TemplateReview.categoryAtCreation(body);
        String requested = Json.text(body, "category").toUpperCase(Locale.ROOT);
        StoredTemplate stored = store.put(new TemplateDefinition(
                name, language, category, TemplateStatus.PENDING,
                body.path("components")), category.equals(requested) ? null : requested);
        scheduleReview(stored.id(), body);

        ObjectNode response = Json.object();
        response.put("id", stored.id());
        response.put("status", TemplateStatus.PENDING.name());
        response.put("category", category);
        return ApiResponse.ok(response);
    }

    private void scheduleReview(String id, JsonNode request) {
        List<StoredTemplate> existingAtCreation = store.all();
        scheduler.scheduleAfter(reviewDelay.get(), () -> {
            if (store.findById(id).filter(t -> t.definition().status() == TemplateStatus.PENDING).isEmpty()) {
                return; // deleted, or decided by the control API in the meantime
            }
            TemplateReview.Verdict verdict = TemplateReview.review(request, existingAtCreation);
            TemplateStatus status = verdict.approved() ? TemplateStatus.APPROVED : TemplateStatus.REJECTED;
            store.changeStatus(id, status, verdict.category(), verdict.reason())
                    .ifPresent(updated -> webhooks.accept(TemplateEvents.statusUpdate(updated, scheduler.now())));
        });
    }

    /** {@code GET /{template-id}}; empty when the id is not a template's. */
    public Optional<ApiResponse> describe(ApiRequest request, String id) {
        return store.findById(id).map(t -> ApiResponse.ok(FieldSelection.select(t.toJson(),
                request.query().get("fields"))));
    }

    /** Whether the id is a template's. */
    public boolean isTemplate(String id) {
        return store.findById(id).isPresent();
    }

    /**
     * {@code POST /{template-id}}: edits a template's components and/or category. Meta reviews an edited template
     * again: it goes back to PENDING and gets its verdict (and status webhook) after the review delay.
     */
    public Optional<ApiResponse> edit(String id, JsonNode body) throws GraphApiException {
        Optional<StoredTemplate> found = store.findById(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TemplateDefinition current = found.get().definition();
        if (!body.has("components") && !body.has("category")) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "Give the components and/or the category to change");
        }
        ObjectNode edited = Json.object();
        edited.put("name", current.name());
        edited.put("language", current.language());
        edited.put("category", body.has("category") ? Json.text(body, "category") : current.category());
        edited.set("components", body.has("components") ? body.get("components") : current.components());
        TemplateReview.checkStructure(edited);
        String category = TemplateReview.categoryAtCreation(edited);
        store.put(new TemplateDefinition(
                current.name(), current.language(), category, TemplateStatus.PENDING,
                edited.path("components")));
        scheduleReview(id, edited);
        return Optional.of(ApiResponse.success());
    }

    public ApiResponse delete(ApiRequest request) throws GraphApiException {
        String name = request.query().get("name");
        if (name == null || name.isEmpty()) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "Param name is required");
        }
        int deleted = store.delete(name, request.query().get("hsm_id"));
        if (deleted == 0) {
            throw new GraphApiException(
                    templateParameterError(2593002, "Message template not found: " + name,
                            "Message template not found",
                            "The message template " + name + " you are trying to delete does not exist."));
        }
        return ApiResponse.success();
    }

    /**
     * Meta's envelope for template management refusals: the plain message {@code Invalid parameter},
     * {@code is_transient:false}, a user title and message, and no {@code error_data}.
     */
    private static GraphError templateParameterError(int subcode, String details, String title, String userMsg) {
        return GraphError.of(MetaErrorCode.INVALID_PARAMETER, details).withMessage("Invalid parameter")
                .withSubcode(subcode).withTransient(false).withoutErrorData().withUserMessage(title, userMsg);
    }

    private static boolean matches(String filter, String value, boolean contains) {
        if (filter == null || filter.isEmpty()) {
            return true;
        }
        return contains ? value.contains(filter) : value.equalsIgnoreCase(filter);
    }

    private static int parseLimit(String limit) throws GraphApiException {
        if (limit == null) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value < 1) {
                throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "Param limit must be positive");
            }
            return Math.min(value, MAX_PAGE_SIZE);
        } catch (NumberFormatException e) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "Param limit must be a number");
        }
    }

    private static String encodeCursor(int index) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Integer.toString(index).getBytes(StandardCharsets.US_ASCII));
    }

    private static int decodeCursor(String cursor) throws GraphApiException {
        try {
            return Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "Invalid cursor: " + cursor);
        }
    }

    private static String nextUrl(ApiRequest request, int limit, String after) {
        return pageUrl(request) + "limit=" + limit + "&after=" + after;
    }

    private static String previousUrl(ApiRequest request, int limit, String before) {
        return pageUrl(request) + "limit=" + limit + "&before=" + before;
    }

    private static String pageUrl(ApiRequest request) {
        String host = request.header("host");
        StringBuilder url = new StringBuilder("http://").append(host == null ? "127.0.0.1" : host)
                .append(request.path()).append('?');
        request.query().forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("after") && !lower.equals("before") && !lower.equals("limit")
                    && !lower.equals("access_token")) {
                url.append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return url.toString();
    }
}
