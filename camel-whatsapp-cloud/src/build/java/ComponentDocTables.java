import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Fills the option and header tables of the component's AsciiDoc page from its generated metadata, between Camel's
 * update-readme markers ({@code // component options: START} ... {@code END} and the others). Run by the build after
 * camel-package-maven-plugin wrote the metadata, so a new option or header appears on the page without an edit.
 *
 * <p>
 * Arguments: the metadata JSON, the AsciiDoc file. A launch of a single source file: it needs only the JDK and
 * Jackson on the class path.
 */
public final class ComponentDocTables {

    private ComponentDocTables() {
    }

    public static void main(String[] args) throws IOException {
        Path json = Path.of(args[0]);
        Path adoc = Path.of(args[1]);
        JsonNode metadata = new ObjectMapper().readTree(json.toFile());
        String page = Files.readString(adoc, StandardCharsets.UTF_8);
        String updated = fill(page, metadata);
        if (!updated.equals(page)) {
            Files.writeString(adoc, updated, StandardCharsets.UTF_8);
            System.out.println("Updated " + adoc.getFileName() + " from " + json.getFileName());
        }
    }

    static String fill(String page, JsonNode metadata) {
        JsonNode component = metadata.path("component");
        String scheme = component.path("name").asText();
        String result = replaceBetween(page, "component-configure options", configure(metadata, scheme));
        result = replaceBetween(result, "component options", componentOptions(metadata));
        result = replaceBetween(result, "endpoint options", endpointOptions(metadata));
        return replaceBetween(result, "component headers", headers(metadata));
    }

    private static String configure(JsonNode metadata, String scheme) {
        return "The component supports " + metadata.path("componentProperties").size() + " options and the endpoint "
               + metadata.path("properties").size() + " (path and query parameters), listed below. Component options are set once for every"
               + " endpoint, in `application.properties` as `camel.component." + scheme + ".<option>` (dash case works"
               + " too: `camel.component." + scheme + ".access-token`), on Spring Boot likewise; endpoint options go"
               + " into the URI and override the component's.\n";
    }

    private static String componentOptions(JsonNode metadata) {
        StringBuilder doc = new StringBuilder("=== Component Options\n\n");
        table(doc, metadata.path("componentProperties"));
        return doc.toString();
    }

    private static String endpointOptions(JsonNode metadata) {
        Map<String, JsonNode> path = new LinkedHashMap<>();
        Map<String, JsonNode> query = new LinkedHashMap<>();
        metadata.path("properties").properties().forEach(e -> ("path".equals(e.getValue().path("kind").asText())
                ? path : query).put(e.getKey(), e.getValue()));
        StringBuilder doc = new StringBuilder("=== Endpoint Options\n\nThe endpoint is configured using URI syntax:\n\n")
                .append("----\n").append(metadata.path("component").path("syntax").asText()).append("\n----\n\n")
                .append("==== Path Parameters (").append(path.size()).append(" parameters)\n\n");
        table(doc, path);
        doc.append("\n==== Query Parameters (").append(query.size()).append(" parameters)\n\n");
        table(doc, query);
        return doc.toString();
    }

    private static String headers(JsonNode metadata) {
        StringBuilder doc = new StringBuilder("=== Message Headers\n\n")
                .append("The component supports ").append(metadata.path("headers").size())
                .append(" message headers; their names are constants of `dev.camelwhatsapp.cloud.WhatsAppCloudConstants`.\n\n")
                .append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Default | Type\n");
        metadata.path("headers").properties().forEach(e -> {
            JsonNode header = e.getValue();
            String constant = header.path("constantName").asText();
            doc.append("| *").append(e.getKey()).append("* (").append(header.path("group").asText()).append(")\n")
                    .append(constant.isEmpty() ? "" : "\n*Constant:* `" + constant.substring(constant.indexOf('#') + 1)
                                                      + "`\n")
                    .append("| ").append(cell(header.path("description").asText())).append(" | ")
                    .append(cell(header.path("defaultValue").asText())).append(" | ")
                    .append(shortType(header.path("javaType").asText())).append("\n");
        });
        return doc.append("|===\n").toString();
    }

    private static void table(StringBuilder doc, JsonNode options) {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        options.properties().forEach(e -> all.put(e.getKey(), e.getValue()));
        table(doc, all);
    }

    private static void table(StringBuilder doc, Map<String, JsonNode> options) {
        doc.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Default | Type\n");
        List<Map.Entry<String, JsonNode>> sorted = new ArrayList<>(options.entrySet());
        for (Map.Entry<String, JsonNode> entry : sorted) {
            JsonNode option = entry.getValue();
            StringBuilder description = new StringBuilder();
            if (option.path("required").asBoolean()) {
                description.append("*Required* ");
            }
            if (option.path("secret").asBoolean()) {
                description.append("*Secret* ");
            }
            description.append(option.path("description").asText());
            if (option.has("enum")) {
                List<String> values = new ArrayList<>();
                option.path("enum").forEach(value -> values.add(value.asText()));
                description.append(" Enum values: ").append(String.join(", ", values)).append(".");
            }
            doc.append("| *").append(entry.getKey()).append("* (").append(option.path("group").asText()).append(")")
                    .append(" | ").append(cell(description.toString())).append(" | ")
                    .append(cell(option.path("defaultValue").asText())).append(" | ")
                    .append(shortType(option.path("javaType").asText())).append("\n");
        }
        doc.append("|===\n");
    }

    private static String replaceBetween(String page, String marker, String content) {
        String start = "// " + marker + ": START\n";
        String end = "// " + marker + ": END";
        int from = page.indexOf(start);
        int to = page.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("The page lacks the markers '" + start.trim() + "' and '" + end + "'");
        }
        return page.substring(0, from + start.length()) + content + page.substring(to);
    }

    private static String shortType(String javaType) {
        return javaType.replaceAll("([a-z0-9]+\\.)+([A-Z])", "$2");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
