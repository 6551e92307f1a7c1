package dev.camelwhatsapp.emulator.flows;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.GraphError;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;
import dev.camelwhatsapp.emulator.media.MultipartForm;
import dev.camelwhatsapp.emulator.server.ApiRequest;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * The Flows API: {@code GET|POST /{waba-id}/flows}, {@code GET|POST|DELETE /{flow-id}},
 * {@code POST /{flow-id}/assets}, {@code POST /{flow-id}/publish}, {@code POST /{flow-id}/deprecate}, and
 * {@code GET|POST /{phone-number-id}/whatsapp_business_encryption}.
 * <p>
 * Meta's lifecycle rules: a Flow starts as DRAFT; only a DRAFT can be edited (metadata, Flow JSON), published or
 * deleted; publishing needs a Flow JSON without validation errors, and an {@code endpoint_uri} when the Flow JSON
 * declares a {@code data_api_version}; only a PUBLISHED Flow can be deprecated, and a DEPRECATED one stays so.
 */
public final class FlowsEndpoint {

    /** Meta's Flow categories. */
    static final Set<String> CATEGORIES = Set.of("SIGN_UP", "SIGN_IN", "APPOINTMENT_BOOKING", "LEAD_GENERATION",
            "CONTACT_US", "CUSTOMER_SUPPORT", "SURVEY", "OTHER");

    /** A Flow that is not a DRAFT cannot be changed. */
    static final int CANNOT_UPDATE = 139001;
    /** A Flow that cannot be published (state, validation errors, missing endpoint). */
    static final int CANNOT_PUBLISH = 139002;

    private static final Duration PREVIEW_LIFETIME = Duration.ofDays(30);
    private static final DateTimeFormatter META_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);
    private static final Pattern PREVIEW_FIELD = Pattern.compile("preview(?:\\.invalidate\\((true|false)\\))?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FlowStore store;
    private final Clock clock;
    private final String wabaId;

    public FlowsEndpoint(FlowStore store, Clock clock, String wabaId) {
        this.store = store;
        this.clock = clock;
        this.wabaId = wabaId;
    }

    /** @return whether the id is one of the WABA's Flows */
    public boolean isFlow(String id) {
        return store.find(id).isPresent();
    }

    // ---- /{waba-id}/flows ----------------------------------------------------------------------------------------

    /** {@code POST /{waba-id}/flows}: a new DRAFT, published at once with {@code publish=true}. */
    public ApiResponse create(ApiRequest request) throws GraphApiException {
        ObjectNode fields = fields(request);
        String name = requiredText(fields, "name");
        if (store.nameTaken(name, null)) {
            throw invalid("Flow name is not unique: a Flow named '" + name + "' already exists in this account");
        }
        List<String> categories = categories(fields, true);
        String endpointUri = endpointUri(fields);
        String cloneId = Json.text(fields, "clone_flow_id");
        String flowJson = Json.text(fields, "flow_json");
        if (cloneId != null && flowJson != null) {
            throw invalid("Specify either clone_flow_id or flow_json, not both");
        }
        if (cloneId != null) {
            flowJson = store.find(cloneId).orElseThrow(() -> invalid("Flow with specified ID does not exist: "
                    + cloneId)).flowJson();
        }
        ArrayNode errors = flowJson == null ? Json.array() : FlowJsonValidator.validate(flowJson);
        StoredFlow flow = new StoredFlow(
                store.newId(), name, categories, endpointUri, FlowStatus.DRAFT, flowJson,
                errors, null, null);
        boolean publish = fields.path("publish").asBoolean(false) || "true".equals(Json.text(fields, "publish"));
        if (publish) {
            checkPublishable(flow);
        }
        store.put(publish ? flow.withStatus(FlowStatus.PUBLISHED) : flow);
        ObjectNode answer = Json.object().put("id", flow.id());
        if (Json.text(fields, "flow_json") != null) {
            answer.put("success", true);
            answer.set("validation_errors", errors);
        }
        return ApiResponse.ok(answer);
    }

    /** {@code GET /{waba-id}/flows}: every Flow, one page. */
    public ApiResponse list(ApiRequest request) {
        ArrayNode data = Json.array();
        for (StoredFlow flow : store.all()) {
            data.add(summary(flow));
        }
        ObjectNode answer = Json.object();
        answer.set("data", data);
        if (!data.isEmpty()) {
            ObjectNode cursors = answer.putObject("paging").putObject("cursors");
            cursors.put("before", cursor(0));
            cursors.put("after", cursor(data.size() - 1));
        }
        return ApiResponse.ok(answer);
    }

    // ---- /{flow-id} ----------------------------------------------------------------------------------------------

    /** {@code GET /{flow-id}}, with {@code fields} and the preview. */
    public ApiResponse get(ApiRequest request, String id) throws GraphApiException {
        StoredFlow flow = require(id);
        String requested = request.query().get("fields");
        if (requested == null || requested.isBlank()) {
            return ApiResponse.ok(summary(flow));
        }
        ObjectNode answer = Json.object().put("id", flow.id());
        for (String field : requested.split(",")) {
            String name = field.trim();
            Matcher preview = PREVIEW_FIELD.matcher(name);
            if (preview.matches()) {
                flow = preview(flow, "true".equals(preview.group(1)));
                answer.putObject("preview").put("preview_url", previewUrl(flow))
                        .put("expires_at", META_TIME.format(flow.previewExpiresAt()));
                continue;
            }
            switch (name) {
                case "id" -> {
                }
                case "name" -> answer.put("name", flow.name());
                case "status" -> answer.put("status", flow.status().name());
                case "categories" -> answer.set("categories", categoriesJson(flow));
                case "validation_errors" -> answer.set("validation_errors", flow.validationErrors());
                case "json_version" -> putIfPresent(answer, "json_version", jsonField(flow, "version"));
                case "data_api_version" -> putIfPresent(answer, "data_api_version", jsonField(flow,
                        "data_api_version"));
                case "endpoint_uri", "data_channel_uri" -> putIfPresent(answer, name, flow.endpointUri());
                case "whatsapp_business_account" -> answer.putObject("whatsapp_business_account").put("id", wabaId);
                default -> throw invalid("Tried accessing nonexisting field (" + name + ") on node type (Flow)");
            }
        }
        return ApiResponse.ok(answer);
    }

    /** {@code POST /{flow-id}}: name, categories, endpoint of a DRAFT. */
    public ApiResponse updateMetadata(ApiRequest request, String id) throws GraphApiException {
        StoredFlow flow = requireDraft(id, "updated");
        ObjectNode fields = fields(request);
        String name = Json.text(fields, "name") != null ? Json.text(fields, "name") : flow.name();
        if (name.isBlank() || store.nameTaken(name, id)) {
            throw invalid("Flow name is not unique: a Flow named '" + name + "' already exists in this account");
        }
        List<String> categories = fields.has("categories") ? categories(fields, true) : flow.categories();
        String endpointUri = fields.has("endpoint_uri") ? endpointUri(fields) : flow.endpointUri();
        store.update(id, f -> f.withMetadata(name, categories, endpointUri));
        return ApiResponse.success();
    }

    /** {@code POST /{flow-id}/assets}: the Flow JSON of a DRAFT, validated. */
    public ApiResponse uploadAsset(ApiRequest request, String id) throws GraphApiException {
        requireDraft(id, "updated");
        MultipartForm form = MultipartForm.parse(request.header("content-type"), request.body())
                .orElseThrow(() -> invalid("Uploading Flow JSON expects a multipart/form-data body"));
        String assetType = form.part("asset_type").map(MultipartForm.Part::text).orElse(null);
        if (!"FLOW_JSON".equals(assetType)) {
            throw invalid("asset_type must be FLOW_JSON, was " + assetType);
        }
        String name = form.part("name").map(MultipartForm.Part::text).orElse(null);
        if (name == null || !name.endsWith(".json")) {
            throw invalid("The asset name must be a .json file name, e.g. flow.json");
        }
        MultipartForm.Part file = form.part("file")
                .orElseThrow(() -> invalid("The Flow JSON file is missing (form field 'file')"));
        String json = file.text();
        ArrayNode errors = FlowJsonValidator.validate(json);
        store.update(id, f -> f.withFlowJson(json, errors));
        ObjectNode answer = Json.object().put("success", true);
        answer.set("validation_errors", errors);
        return ApiResponse.ok(answer);
    }

    /** {@code POST /{flow-id}/publish}. */
    public ApiResponse publish(String id) throws GraphApiException {
        StoredFlow flow = require(id);
        checkPublishable(flow);
        store.update(id, f -> f.withStatus(FlowStatus.PUBLISHED));
        return ApiResponse.success();
    }

    /** {@code POST /{flow-id}/deprecate}. */
    public ApiResponse deprecate(String id) throws GraphApiException {
        StoredFlow flow = require(id);
        if (flow.status() != FlowStatus.PUBLISHED) {
            throw invalid("Only a PUBLISHED Flow can be deprecated; this Flow is " + flow.status());
        }
        store.update(id, f -> f.withStatus(FlowStatus.DEPRECATED));
        return ApiResponse.success();
    }

    /** {@code DELETE /{flow-id}}: DRAFT only. */
    public ApiResponse delete(String id) throws GraphApiException {
        StoredFlow flow = require(id);
        if (flow.status() != FlowStatus.DRAFT) {
            throw invalid("Only a DRAFT Flow can be deleted; this Flow is " + flow.status()
                    + " (deprecate a published Flow instead)");
        }
        store.remove(id);
        return ApiResponse.success();
    }

    // ---- /{phone-number-id}/whatsapp_business_encryption -----------------------------------------------------------

    /** {@code POST /{phone-number-id}/whatsapp_business_encryption}. */
    public ApiResponse setPublicKey(ApiRequest request, String phoneNumberId) throws GraphApiException {
        String pem = requiredText(fields(request), "business_public_key");
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            if (!pem.contains("-----BEGIN PUBLIC KEY-----")) {
                throw new IllegalArgumentException("not PEM");
            }
            KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception notAnRsaKey) {
            throw invalid("business_public_key must be an RSA public key in PEM (-----BEGIN PUBLIC KEY-----)");
        }
        store.setPublicKey(phoneNumberId, pem);
        return ApiResponse.success();
    }

    /** {@code GET /{phone-number-id}/whatsapp_business_encryption}. */
    public ApiResponse getPublicKey(String phoneNumberId) {
        ArrayNode data = Json.array();
        store.publicKey(phoneNumberId).ifPresent(pem -> data.addObject().put("business_public_key", pem)
                .put("business_public_key_signature_status", "VALID"));
        ObjectNode answer = Json.object();
        answer.set("data", data);
        return ApiResponse.ok(answer);
    }

    // ---- rules ---------------------------------------------------------------------------------------------------

    private void checkPublishable(StoredFlow flow) throws GraphApiException {
        if (flow.status() != FlowStatus.DRAFT) {
            throw stateError(CANNOT_PUBLISH, "Publishing Flow in invalid state",
                    "Only a DRAFT Flow can be published; this Flow is " + flow.status());
        }
        if (flow.flowJson() == null) {
            throw stateError(CANNOT_PUBLISH, "Publishing Flow without Flow JSON",
                    "Upload the Flow JSON before publishing");
        }
        if (!flow.validationErrors().isEmpty()) {
            throw stateError(CANNOT_PUBLISH, "Publishing Flow with validation errors",
                    "The Flow JSON has " + flow.validationErrors().size() + " validation error(s)");
        }
        if (jsonField(flow, "data_api_version") != null && flow.endpointUri() == null) {
            throw stateError(CANNOT_PUBLISH, "Publishing Flow without endpoint",
                    "The Flow JSON has a data_api_version: set the Flow's endpoint_uri before publishing");
        }
    }

    private StoredFlow require(String id) throws GraphApiException {
        return store.find(id).orElseThrow(() -> new GraphApiException(GraphError.unknownObject("GET", id)));
    }

    private StoredFlow requireDraft(String id, String what) throws GraphApiException {
        StoredFlow flow = require(id);
        if (flow.status() != FlowStatus.DRAFT) {
            throw stateError(CANNOT_UPDATE, "Flow can't be " + what,
                    "A " + flow.status() + " Flow cannot be " + what + "; create a new Flow (or clone this one)");
        }
        return flow;
    }

    private StoredFlow preview(StoredFlow flow, boolean invalidate) {
        Instant now = clock.instant();
        if (!invalidate && flow.previewToken() != null && flow.previewExpiresAt().isAfter(now)) {
            return flow;
        }
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        return store.update(flow.id(), f -> f.withPreview(HexFormat.of().formatHex(token),
                now.plus(PREVIEW_LIFETIME))).orElse(flow);
    }

    private static String previewUrl(StoredFlow flow) {
        return "https://business.facebook.com/wa/manage/flows/" + flow.id() + "/preview/?token="
                + flow.previewToken();
    }

    private static ObjectNode summary(StoredFlow flow) {
        ObjectNode node = Json.object().put("id", flow.id()).put("name", flow.name())
                .put("status", flow.status().name());
        node.set("categories", categoriesJson(flow));
        node.set("validation_errors", flow.validationErrors());
        return node;
    }

    private static ArrayNode categoriesJson(StoredFlow flow) {
        ArrayNode categories = Json.array();
        flow.categories().forEach(categories::add);
        return categories;
    }

    private static String jsonField(StoredFlow flow, String field) {
        if (flow.flowJson() == null) {
            return null;
        }
        try {
            JsonNode value = Json.MAPPER.readTree(flow.flowJson()).get(field);
            return value == null || value.isNull() ? null : value.asText();
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static List<String> categories(ObjectNode fields, boolean required) throws GraphApiException {
        JsonNode value = fields.get("categories");
        if (value != null && value.isTextual()) {
            try {
                value = Json.MAPPER.readTree(value.asText()); // form fields carry the array as JSON text
            } catch (IOException notJson) {
                throw invalid("categories must be a JSON array of category names");
            }
        }
        if (value == null || !value.isArray() || value.isEmpty()) {
            if (!required) {
                return List.of();
            }
            throw invalid("categories is required: one or more of " + CATEGORIES);
        }
        List<String> categories = new ArrayList<>();
        for (JsonNode category : value) {
            if (!CATEGORIES.contains(category.asText())) {
                throw invalid("Invalid Flow category " + category + "; use " + CATEGORIES);
            }
            categories.add(category.asText());
        }
        return categories;
    }

    private static String endpointUri(ObjectNode fields) throws GraphApiException {
        String uri = Json.text(fields, "endpoint_uri");
        if (uri == null || uri.isBlank()) {
            return null;
        }
        try {
            URI parsed = URI.create(uri);
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                throw new IllegalArgumentException("relative");
            }
        } catch (IllegalArgumentException notAUri) {
            throw invalid("endpoint_uri must be an absolute URL, was " + uri);
        }
        return uri;
    }

    private static String requiredText(ObjectNode fields, String name) throws GraphApiException {
        String value = Json.text(fields, name);
        if (value == null || value.isBlank()) {
            throw new GraphApiException(
                    GraphError.of(MetaErrorCode.INVALID_PARAMETER,
                            "The parameter " + name + " is required"));
        }
        return value;
    }

    /** The request's fields: a JSON body, or an urlencoded or multipart form (all three reach Graph API). */
    private static ObjectNode fields(ApiRequest request) throws GraphApiException {
        String type = Optional.ofNullable(request.header("content-type")).orElse("").toLowerCase(Locale.ROOT);
        ObjectNode fields = Json.object();
        if (type.startsWith("multipart/form-data")) {
            MultipartForm form = MultipartForm.parse(request.header("content-type"), request.body())
                    .orElseThrow(() -> invalid("Malformed multipart/form-data body"));
            for (String name : List.of("name", "categories", "endpoint_uri", "clone_flow_id", "flow_json", "publish",
                    "business_public_key")) {
                form.part(name).ifPresent(part -> fields.put(name, part.text()));
            }
            return fields;
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            String body = new String(request.body(), StandardCharsets.UTF_8);
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return fields;
        }
        if (request.body().length == 0) {
            return fields;
        }
        try {
            JsonNode body = Json.parse(request.body());
            if (body == null || !body.isObject()) {
                throw invalid("The request body must be a JSON object");
            }
            return (ObjectNode) body;
        } catch (IOException notJson) {
            throw invalid("Invalid JSON in request body");
        }
    }

    private static String cursor(int index) {
        return Base64.getEncoder().encodeToString(("flow:" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static GraphApiException invalid(String details) {
        return new GraphApiException(GraphError.of(MetaErrorCode.INVALID_PARAMETER, details));
    }

    private static GraphApiException stateError(int code, String title, String details) {
        return new GraphApiException(
                new GraphError(
                        code, null, 400, "(#" + code + ") " + title, details, title,
                        details));
    }
}
