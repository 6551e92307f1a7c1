package dev.camelwhatsapp.cloud.management;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import dev.camelwhatsapp.cloud.api.GraphApiError;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** listTemplates, getTemplate, createTemplate, deleteTemplate and lintTemplate. */
final class TemplateOperations {

    /** Fields asked for on every template read: the defaults plus why a template was rejected. */
    static final String FIELDS = "id,name,language,status,category,components,parameter_format,rejected_reason";

    // only reads caller-supplied JSON and converts maps; never configured, so safe to share
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final WhatsAppCloudConfiguration configuration;
    private final GraphApiClient client;

    TemplateOperations(WhatsAppCloudConfiguration configuration, GraphApiClient client) {
        this.configuration = configuration;
        this.client = client;
    }

    CompletableFuture<Consumer<Exchange>> list(Message in) {
        String name = in.getHeader(WhatsAppCloudConstants.TEMPLATE_NAME, String.class);
        String status = in.getHeader(WhatsAppCloudConstants.TEMPLATE_STATUS, String.class);
        String language = in.getHeader(WhatsAppCloudConstants.TEMPLATE_LANGUAGE, String.class);
        return fetch(ManagementOperations.requireWabaId(configuration, "listTemplates"), name, status, language)
                .thenApply(templates -> done -> done.getMessage().setBody(templates));
    }

    CompletableFuture<Consumer<Exchange>> get(Message in) {
        Object body = in.getBody();
        if (body instanceof String id && id.strip().matches("\\d{1,32}")) {
            return client.get(id.strip(), Map.of("fields", FIELDS)).thenApply(TemplateInfo::fromGraphJson)
                    .thenApply(TemplateOperations::result);
        }
        String name = in.getHeader(WhatsAppCloudConstants.TEMPLATE_NAME, String.class);
        String language = in.getHeader(WhatsAppCloudConstants.TEMPLATE_LANGUAGE, String.class);
        if (name == null) {
            throw new IllegalArgumentException(
                    "getTemplate needs a template id as body or the"
                            + " CamelWhatsAppCloudTemplateName header");
        }
        String wabaId = ManagementOperations.requireWabaId(configuration, "getTemplate");
        return fetch(wabaId, name, null, language).thenApply(found -> found.stream()
                .filter(t -> name.equals(t.name()))
                .findFirst()
                .orElseThrow(() -> notFound(name, language, wabaId)))
                .thenApply(TemplateOperations::result);
    }

    CompletableFuture<Consumer<Exchange>> create(Message in) {
        String wabaId = ManagementOperations.requireWabaId(configuration, "createTemplate");
        JsonNode json = json(in.getBody());
        TemplateDefinition definition = in.getBody() instanceof TemplateDefinition typed
                ? typed : TemplateDefinition.fromGraphJson(json);
        LintReport report = TemplateLinter.lint(definition);
        if (report.hasErrors() && !in.getHeader(WhatsAppCloudConstants.SUBMIT_WITH_LINT_ERRORS, false, Boolean.class)) {
            throw new TemplateLintException(report);
        }
        return client.post(wabaId + "/message_templates", json).thenApply(response -> result(new TemplateInfo(
                response.path("id").asText(null), definition.name(), definition.language(),
                response.path("status").asText(null), response.path("category").asText(definition.category().name()),
                null, definition, json)));
    }

    CompletableFuture<Consumer<Exchange>> delete(Message in) {
        String wabaId = ManagementOperations.requireWabaId(configuration, "deleteTemplate");
        String name = in.getHeader(WhatsAppCloudConstants.TEMPLATE_NAME, String.class);
        if (name == null && in.getBody() instanceof String text && !text.isBlank()) {
            name = text.strip();
        }
        if (name == null) {
            throw new IllegalArgumentException(
                    "deleteTemplate needs the template name as body or in the"
                            + " CamelWhatsAppCloudTemplateName header");
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("name", name);
        String id = in.getHeader(WhatsAppCloudConstants.TEMPLATE_ID, String.class);
        if (id != null) {
            query.put("hsm_id", id);
        }
        return client.delete(wabaId + "/message_templates", query)
                .thenApply(json -> done -> done.getMessage().setBody(json.path("success").asBoolean(true)));
    }

    CompletableFuture<Consumer<Exchange>> lint(Message in) {
        Object body = in.getBody();
        TemplateDefinition definition = body instanceof TemplateDefinition typed
                ? typed : TemplateDefinition.fromGraphJson(json(body));
        LintReport report = TemplateLinter.lint(definition);
        return CompletableFuture.completedFuture(done -> done.getMessage().setBody(report));
    }

    /** Every page of the WABA's templates matching the filters; Meta matches names by substring. */
    CompletableFuture<List<TemplateInfo>> fetch(String wabaId, String name, String status, String language) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fields", FIELDS);
        if (name != null) {
            query.put("name", name);
        }
        if (status != null) {
            query.put("status", status);
        }
        if (language != null) {
            query.put("language", language);
        }
        return client.getAllPages(wabaId + "/message_templates", query).thenApply(items -> items.stream()
                .map(TemplateInfo::fromGraphJson)
                .filter(t -> status == null || status.equalsIgnoreCase(t.status()))
                .filter(t -> language == null || language.equals(t.language()))
                .toList());
    }

    private static Consumer<Exchange> result(TemplateInfo template) {
        return done -> {
            done.getMessage().setHeader(WhatsAppCloudConstants.TEMPLATE_ID, template.id());
            done.getMessage().setHeader(WhatsAppCloudConstants.TEMPLATE_STATUS, template.status());
            done.getMessage().setBody(template);
        };
    }

    /** A template that does not exist: the error Meta would answer a send of it with (132001). */
    static WhatsAppCloudApiException notFound(String name, String language, String wabaId) {
        return templateError(404, 132001, "Template " + name + (language == null ? "" : " (" + language + ")")
                + " does not exist in WhatsApp Business Account " + wabaId,
                "Check the exact name and language code in WhatsApp Manager > Message Templates");
    }

    /** An error found by this component before Meta was asked, typed as Meta's would be. */
    static WhatsAppCloudApiException templateError(int httpStatus, int code, String message, String details) {
        return WhatsAppCloudApiException.of(new GraphApiError(
                httpStatus, code, null, "TemplateCheck", message, details,
                null, null, false, null, null));
    }

    static JsonNode json(Object body) {
        Objects.requireNonNull(body, "A template definition body is required");
        if (body instanceof TemplateDefinition definition) {
            return definition.toGraphJson();
        }
        if (body instanceof JsonNode node) {
            return node;
        }
        if (body instanceof Map<?, ?> map) {
            return MAPPER.valueToTree(map);
        }
        if (body instanceof String text) {
            try {
                return MAPPER.readTree(text);
            } catch (IOException e) {
                throw new IllegalArgumentException("The template body is not JSON: " + e.getMessage());
            }
        }
        throw new IllegalArgumentException(
                "A template operation needs a TemplateDefinition, Map or JSON body, not "
                        + body.getClass().getName());
    }
}
