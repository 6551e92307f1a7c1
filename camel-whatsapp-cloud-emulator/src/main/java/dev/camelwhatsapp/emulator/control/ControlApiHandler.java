package dev.camelwhatsapp.emulator.control;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.BusinessNumber;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.MessageStatus;
import dev.camelwhatsapp.emulator.MessagingLimitTier;
import dev.camelwhatsapp.emulator.QualityRating;
import dev.camelwhatsapp.emulator.TemplateDefinition;
import dev.camelwhatsapp.emulator.TemplateStatus;
import dev.camelwhatsapp.emulator.WebhookDeliveryOptions;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.WhatsAppUser;
import dev.camelwhatsapp.emulator.server.ApiRequest;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.server.RequestHandler;
import dev.camelwhatsapp.emulator.server.Router;
import dev.camelwhatsapp.emulator.state.AccessTokenState;

/**
 * The control API under {@code /_emulator/}: what a test or the demo uses to play the user's side, move time,
 * inspect what the app did, inject faults and reconfigure. It mirrors the Java methods of
 * {@link WhatsAppCloudEmulator}; it needs no token and is never affected by faults. Errors answer
 * {@code {"error":"..."}} with 400 (bad request) or 404 (unknown path or object).
 */
public final class ControlApiHandler implements RequestHandler {

    /** Path prefix of the control API. */
    public static final String PREFIX = "/_emulator/";

    private final WhatsAppCloudEmulator emulator;
    private final Router router = new Router();

    public ControlApiHandler(WhatsAppCloudEmulator emulator) {
        this.emulator = emulator;
        router.add("GET", "/_emulator/info", r -> info())
                .add("POST", "/_emulator/reset", r -> {
                    emulator.reset();
                    return ok();
                })
                .add("POST", "/_emulator/inbound", this::simulateInbound)
                .add("GET", "/_emulator/inbound", r -> list(emulator.inboundMessages().stream()
                        .map(ControlJson::inboundMessage).toList()))
                .add("GET", "/_emulator/clock", r -> clock())
                .add("POST", "/_emulator/clock/advance", this::advanceClock)
                .add("GET", "/_emulator/messages", this::sentMessages)
                .add("GET", "/_emulator/messages/{id}", r -> emulator.sentMessage(r.pathParam("id"))
                        .map(m -> ApiResponse.ok(ControlJson.sentMessage(m)))
                        .orElseGet(() -> error(404, "No sent message " + r.pathParam("id"))))
                .add("GET", "/_emulator/webhooks", r -> webhooks())
                .add("GET", "/_emulator/requests", r -> list(emulator.receivedRequests().stream()
                        .map(ControlJson::request).toList()))
                .add("POST", "/_emulator/faults", this::injectFault)
                .add("GET", "/_emulator/faults", r -> list(emulator.activeFaults().stream().map(ControlJson::fault)
                        .toList()))
                .add("DELETE", "/_emulator/faults", r -> {
                    emulator.clearFaults();
                    return ok();
                })
                .add("POST", "/_emulator/throughput", r -> {
                    emulator.setThroughputPerSecond(requireInt(body(r), "per_second"));
                    return ok();
                })
                .add("POST", "/_emulator/pair-rate", r -> {
                    JsonNode body = body(r);
                    emulator.setPairRate(requireInt(body, "burst"), Duration.ofMillis(requireLong(body,
                            "interval_ms")));
                    return ok();
                })
                .add("POST", "/_emulator/status-delays", r -> {
                    JsonNode body = body(r);
                    emulator.setStatusDelays(Duration.ofMillis(requireLong(body, "delivered_ms")),
                            Duration.ofMillis(requireLong(body, "read_ms")));
                    return ok();
                })
                .add("POST", "/_emulator/templates", this::addTemplate)
                .add("POST", "/_emulator/templates/status", this::templateStatus)
                .add("POST", "/_emulator/template-review-delay", r -> {
                    emulator.setTemplateReviewDelay(Duration.ofMillis(requireLong(body(r), "delay_ms")));
                    return ok();
                })
                .add("POST", "/_emulator/phone-numbers/{id}/quality", r -> {
                    emulator.setQualityRating(r.pathParam("id"),
                            QualityRating.valueOf(requireText(body(r), "quality_rating").toUpperCase(Locale.ROOT)));
                    return ok();
                })
                .add("POST", "/_emulator/phone-numbers/{id}/messaging-limit", r -> {
                    emulator.setMessagingLimitTier(r.pathParam("id"),
                            MessagingLimitTier.valueOf(requireText(body(r), "tier").toUpperCase(Locale.ROOT)));
                    return ok();
                })
                .add("POST", "/_emulator/token", this::token)
                .add("GET", "/_emulator/token", r -> tokenView())
                .add("POST", "/_emulator/subscription", r -> {
                    emulator.setSubscribed(requireBoolean(body(r), "subscribed"));
                    return ok();
                })
                .add("POST", "/_emulator/webhook", r -> {
                    String url = Json.text(body(r), "url");
                    emulator.setWebhookUrl(url == null || url.isEmpty() ? null : URI.create(url));
                    return ok();
                })
                .add("POST", "/_emulator/webhook-delivery", this::webhookDelivery)
                .add("GET", "/_emulator/webhook-delivery", r -> ApiResponse.ok(
                        ControlJson.delivery(emulator.webhookDelivery(), emulator.webhooksPaused())))
                .add("POST", "/_emulator/users/{id}/marketing", r -> {
                    JsonNode body = body(r);
                    String value = requireText(body, "value");
                    if (!value.equals("stop") && !value.equals("resume")) {
                        throw new IllegalArgumentException("value is stop or resume, not " + value);
                    }
                    String phoneNumberId = Json.text(body, "phone_number_id") != null
                            ? Json.text(body, "phone_number_id")
                            : emulator.settings().businessNumbers().get(0).phoneNumberId();
                    emulator.setMarketingPreference(phoneNumberId, r.pathParam("id"), value.equals("stop"));
                    return ok();
                })
                .add("POST", "/_emulator/marketing-limit", r -> {
                    JsonNode perUser = body(r).get("per_user");
                    if (perUser == null || !perUser.canConvertToInt()) {
                        throw new IllegalArgumentException("per_user must be a whole number");
                    }
                    emulator.setMarketingLimitPerUser(perUser.asInt());
                    return ok();
                })
                .add("POST", "/_emulator/users", r -> {
                    JsonNode body = body(r);
                    WhatsAppUser user = UserJson.user(body);
                    emulator.addUser(user);
                    // the answer names the user's BSUID, derived when not given, for the test to send to
                    return ApiResponse.ok(UserJson.describe(user).put("success", true));
                });
    }

    @Override
    public ApiResponse handle(ApiRequest request) throws Exception {
        Optional<Router.Match> match = router.match(request.method(), request.path());
        if (match.isEmpty()) {
            return error(404, "No control endpoint " + request.method() + " " + request.path());
        }
        try {
            return match.get().handler().handle(request.withPathParams(match.get().pathParams()));
        } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
            return error(400, e.getMessage());
        }
    }

    private ApiResponse info() {
        ObjectNode info = Json.object();
        info.put("waba_id", emulator.settings().wabaId());
        info.put("app_id", emulator.settings().appId());
        info.put("api_version", WhatsAppCloudEmulator.DEFAULT_API_VERSION);
        ArrayNode numbers = info.putArray("phone_numbers");
        for (BusinessNumber number : emulator.settings().businessNumbers()) {
            numbers.addObject().put("id", number.phoneNumberId())
                    .put("display_phone_number", number.displayPhoneNumber())
                    .put("verified_name", number.verifiedName())
                    .put("quality_rating", emulator.qualityRating(number.phoneNumberId()).name())
                    .put("messaging_limit_tier", emulator.messagingLimitTier(number.phoneNumberId()).name());
        }
        ArrayNode users = info.putArray("users");
        emulator.settings().users().forEach(user -> users.add(UserJson.describe(user)));
        ArrayNode templates = info.putArray("templates");
        emulator.templates().forEach(t -> templates.addObject().put("name", t.name()).put("language", t.language())
                .put("category", t.category()).put("status", t.status().name()));
        info.put("webhook_url", emulator.webhookUrl().map(URI::toString).orElse(null));
        info.put("subscribed", emulator.subscribed());
        info.put("throughput_per_second", emulator.throughputPerSecond());
        info.putObject("pair_rate").put("burst", emulator.pairRateBurst())
                .put("interval_ms", emulator.pairRateInterval().toMillis());
        info.set("clock", clockJson());
        return ApiResponse.ok(info);
    }

    private ApiResponse simulateInbound(ApiRequest request) throws IOException {
        String id = emulator.simulateInbound(body(request));
        return ApiResponse.ok(Json.object().put("id", id));
    }

    private ApiResponse clock() {
        return ApiResponse.ok(clockJson());
    }

    private ObjectNode clockJson() {
        Instant now = emulator.now();
        return Json.object().put("now", now.toString()).put("epoch_seconds", now.getEpochSecond())
                .put("offset_ms", emulator.clockOffset().toMillis());
    }

    private ApiResponse advanceClock(ApiRequest request) throws IOException {
        JsonNode body = body(request);
        Duration duration;
        if (body.has("duration")) {
            duration = Duration.parse(body.get("duration").asText());
        } else if (body.has("seconds")) {
            duration = Duration.ofMillis(Math.round(body.get("seconds").asDouble() * 1000));
        } else if (body.has("millis")) {
            duration = Duration.ofMillis(body.get("millis").asLong());
        } else {
            throw new IllegalArgumentException("Give 'duration' (ISO-8601, e.g. PT24H), 'seconds' or 'millis'");
        }
        emulator.advanceClock(duration);
        return clock();
    }

    private ApiResponse sentMessages(ApiRequest request) {
        String to = request.query().get("to");
        String status = request.query().get("status");
        return list(emulator.sentMessages().stream()
                .filter(m -> to == null || m.to().equals(to))
                .filter(m -> status == null || m.status() == MessageStatus.valueOf(status.toUpperCase(Locale.ROOT)))
                .map(ControlJson::sentMessage).toList());
    }

    private ApiResponse webhooks() {
        ObjectNode response = Json.object();
        ArrayNode data = response.putArray("data");
        emulator.deliveredWebhooks().forEach(w -> data.add(ControlJson.webhook(w)));
        response.put("idle", emulator.webhooksIdle());
        response.put("dropped_events", emulator.droppedWebhookEvents());
        return ApiResponse.ok(response);
    }

    private ApiResponse injectFault(ApiRequest request) throws IOException {
        JsonNode body = body(request);
        Fault fault;
        if (body.has("code")) {
            fault = Fault.graphError(body.get("code").asInt());
            if (body.has("http_status")) {
                fault = new Fault(
                        fault.kind(), fault.errorCode(), body.get("http_status").asInt(), null, 1, 1.0,
                        null);
            }
        } else if (body.has("http_status")) {
            fault = Fault.httpStatus(body.get("http_status").asInt());
        } else if (body.has("latency_ms")) {
            fault = Fault.latency(Duration.ofMillis(body.get("latency_ms").asLong()));
        } else if (body.path("corrupt_body").asBoolean(false)) {
            fault = Fault.corruptBody();
        } else if (body.path("connection_reset").asBoolean(false)) {
            fault = Fault.connectionReset();
        } else if (body.path("response").isObject()) {
            JsonNode answer = body.get("response");
            fault = Fault.response(requireInt(answer, "status"),
                    answer.path("content_type").asText("application/json"), answer.path("body").asText(""));
            for (var header : answer.path("headers").properties()) {
                fault = fault.withHeader(header.getKey(), header.getValue().asText());
            }
        } else {
            throw new IllegalArgumentException(
                    "Give one of 'code', 'http_status', 'latency_ms', 'response': {...},"
                            + " 'connection_reset': true or 'corrupt_body': true");
        }
        if (body.has("ratio")) {
            fault = fault.ratio(body.get("ratio").asDouble());
        }
        if (body.has("count")) {
            fault = fault.times(body.get("count").asInt());
        }
        if (body.has("path_contains")) {
            fault = fault.onPathsContaining(body.get("path_contains").asText());
        }
        emulator.injectFault(fault);
        return ApiResponse.ok(ControlJson.fault(fault));
    }

    private ApiResponse addTemplate(ApiRequest request) throws IOException {
        JsonNode body = body(request);
        TemplateStatus status = TemplateStatus.valueOf(body.path("status").asText("APPROVED").toUpperCase(Locale.ROOT));
        emulator.addTemplate(new TemplateDefinition(
                requireText(body, "name"), requireText(body, "language"),
                body.path("category").asText("UTILITY"), status, body.path("components")));
        return ok();
    }

    private ApiResponse templateStatus(ApiRequest request) throws IOException {
        JsonNode body = body(request);
        emulator.setTemplateStatus(requireText(body, "name"), requireText(body, "language"),
                TemplateStatus.valueOf(requireText(body, "status").toUpperCase(Locale.ROOT)));
        return ok();
    }

    private ApiResponse token(ApiRequest request) throws IOException {
        JsonNode body = body(request);
        if (body.has("valid")) {
            emulator.setTokenValid(body.get("valid").asBoolean());
        }
        if (body.has("expires_at")) {
            long epoch = body.get("expires_at").asLong();
            emulator.setTokenExpiresAt(epoch == 0 ? null : Instant.ofEpochSecond(epoch));
        }
        if (body.has("scopes")) {
            Set<String> scopes = new LinkedHashSet<>();
            body.get("scopes").forEach(scope -> scopes.add(scope.asText()));
            emulator.setTokenScopes(scopes);
        }
        return tokenView();
    }

    private ApiResponse tokenView() {
        AccessTokenState state = emulator.tokenState();
        ObjectNode node = Json.object();
        node.put("valid", state.valid());
        node.put("expires_at", state.expiresAt() == null ? 0 : state.expiresAt().getEpochSecond());
        ArrayNode scopes = node.putArray("scopes");
        state.scopes().stream().sorted().forEach(scopes::add);
        return ApiResponse.ok(node);
    }

    private ApiResponse webhookDelivery(ApiRequest request) throws IOException {
        JsonNode body = body(request);
        WebhookDeliveryOptions options = emulator.webhookDelivery();
        if (body.has("max_events_per_payload")) {
            options = options.withMaxEventsPerPayload(body.get("max_events_per_payload").asInt());
        }
        if (body.has("duplicate_ratio")) {
            options = options.withDuplicateRatio(body.get("duplicate_ratio").asDouble());
        }
        if (body.has("shuffle")) {
            options = options.withShuffle(body.get("shuffle").asBoolean());
        }
        if (body.has("seed")) {
            options = options.withSeed(body.get("seed").asLong());
        }
        if (body.has("max_attempts") || body.has("initial_backoff_ms")) {
            options = options.withRetries(body.path("max_attempts").asInt(options.maxAttempts()),
                    Duration.ofMillis(body.path("initial_backoff_ms").asLong(options.initialBackoff().toMillis())));
        }
        emulator.setWebhookDelivery(options);
        if (body.has("paused")) {
            if (body.get("paused").asBoolean()) {
                emulator.pauseWebhooks();
            } else {
                emulator.resumeWebhooks();
            }
        }
        return ApiResponse.ok(ControlJson.delivery(emulator.webhookDelivery(), emulator.webhooksPaused()));
    }

    private static ApiResponse list(java.util.List<ObjectNode> items) {
        ObjectNode response = Json.object();
        response.putArray("data").addAll(items);
        return ApiResponse.ok(response);
    }

    private static JsonNode body(ApiRequest request) throws IOException {
        if (request.body().length == 0) {
            return Json.object();
        }
        JsonNode body;
        try {
            body = Json.parse(request.body());
        } catch (IOException e) {
            throw new IllegalArgumentException("The body is not valid JSON");
        }
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("The body must be a JSON object");
        }
        return body;
    }

    private static String requireText(JsonNode body, String field) {
        String value = Json.text(body, field);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return value;
    }

    private static int requireInt(JsonNode body, String field) {
        if (!body.path(field).canConvertToInt()) {
            throw new IllegalArgumentException("'" + field + "' must be an integer");
        }
        return body.get(field).asInt();
    }

    private static long requireLong(JsonNode body, String field) {
        if (!body.path(field).isIntegralNumber()) {
            throw new IllegalArgumentException("'" + field + "' must be an integer");
        }
        return body.get(field).asLong();
    }

    private static boolean requireBoolean(JsonNode body, String field) {
        if (!body.path(field).isBoolean()) {
            throw new IllegalArgumentException("'" + field + "' must be true or false");
        }
        return body.get(field).asBoolean();
    }

    private static ApiResponse ok() {
        return ApiResponse.success();
    }

    private static ApiResponse error(int status, String message) {
        return ApiResponse.json(status, Json.object().put("error", message));
    }
}
