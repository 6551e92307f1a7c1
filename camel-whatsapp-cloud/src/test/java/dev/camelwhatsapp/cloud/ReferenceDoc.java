package dev.camelwhatsapp.cloud;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders the options and headers reference (docs/reference.md) from the component's generated metadata.
 */
final class ReferenceDoc {

    private ReferenceDoc() {
    }

    static String render(JsonNode metadata) {
        StringBuilder doc = new StringBuilder();
        doc.append("# Options and headers reference\n\n")
                .append("Rendered from the component's generated metadata (`META-INF/dev/camelwhatsapp/cloud/whatsapp-cloud.json`);")
                .append(" the build fails when this page and the code disagree.\n\n")
                .append("URI: `").append(metadata.path("component").path("syntax").asText()).append("`\n\n")
                .append("## Component options\n\n")
                .append("Set once for every endpoint, e.g. `camel.component.whatsapp-cloud.access-token` in Camel Main's")
                .append(" application.properties; on Spring Boot see [runtimes-spring-boot.md](runtimes-spring-boot.md).\n\n");
        table(doc, metadata.path("componentProperties"));
        doc.append("\n## Endpoint options\n\n");
        table(doc, metadata.path("properties"));
        doc.append("\n## Message headers\n\n")
                .append("Constants in `dev.camelwhatsapp.cloud.WhatsAppCloudConstants`.\n\n")
                .append("| Header | Used by | Type | Description |\n|---|---|---|---|\n");
        metadata.path("headers").fields().forEachRemaining(e -> doc.append("| `").append(e.getKey()).append("` | ")
                .append(e.getValue().path("label").asText()).append(" | `")
                .append(shortType(e.getValue().path("javaType").asText())).append("` | ")
                .append(cell(e.getValue().path("description").asText())).append(" |\n"));
        return doc.toString();
    }

    private static void table(StringBuilder doc, JsonNode properties) {
        doc.append("| Option | Group | Default | Type | Description |\n|---|---|---|---|---|\n");
        Map<String, JsonNode> sorted = new TreeMap<>();
        properties.fields().forEachRemaining(e -> sorted.put(e.getValue().path("group").asText() + "/" + e.getKey(), e
                .getValue()));
        sorted.forEach((key, option) -> doc.append("| `").append(key.substring(key.indexOf('/') + 1)).append("` | ")
                .append(option.path("group").asText()).append(" | ")
                .append(option.has("defaultValue") ? "`" + option.path("defaultValue").asText() + "`" : "").append(
                        " | `")
                .append(shortType(option.path("javaType").asText())).append("` | ")
                .append(option.path("required").asBoolean() ? "*Required.* " : "")
                .append(option.path("secret").asBoolean() ? "*Secret.* " : "")
                .append(cell(option.path("description").asText())).append(" |\n"));
    }

    private static String shortType(String javaType) {
        return javaType.replaceAll("([a-z0-9]+\\.)+([A-Z])", "$2");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
