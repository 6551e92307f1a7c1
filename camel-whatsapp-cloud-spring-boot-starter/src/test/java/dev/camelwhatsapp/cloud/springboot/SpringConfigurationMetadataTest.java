package dev.camelwhatsapp.cloud.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.cloud.WhatsAppCloudComponent;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's {@code META-INF/spring-configuration-metadata.json}, which IDEs read to complete and document
 * {@code camel.component.whatsapp-cloud.*} in {@code application.properties}, is rendered from the component's
 * generated Camel metadata, so that it lists every component option as the component has it. The build fails when it
 * is out of date; {@code -DupdateDocs=true} rewrites it.
 */
class SpringConfigurationMetadataTest {

    private static final Path METADATA = Path.of("src/main/resources/META-INF/spring-configuration-metadata.json");
    private static final String COMPONENT_METADATA = "/META-INF/dev/camelwhatsapp/cloud/whatsapp-cloud.json";
    private static final String PREFIX = WhatsAppCloudComponentAutoConfiguration.PREFIX;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void springMetadataListsEveryComponentOption() throws IOException {
        String expected = mapper.writeValueAsString(render(componentMetadata())) + "\n";
        if (Boolean.getBoolean("updateDocs")) {
            Files.writeString(METADATA, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(METADATA, StandardCharsets.UTF_8))
                .as(METADATA + " is out of date: run mvn -pl camel-whatsapp-cloud-spring-boot-starter test"
                        + " -Dtest=SpringConfigurationMetadataTest -DupdateDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void secretsAreDescribedAsSuch() throws IOException {
        JsonNode metadata = mapper.readTree(METADATA.toFile());
        List<String> secrets = new ArrayList<>();
        metadata.path("properties").forEach(property -> {
            if (property.path("description").asText().startsWith("Secret.")) {
                secrets.add(property.path("name").asText());
            }
        });
        assertThat(secrets).containsExactlyInAnyOrder(PREFIX + ".access-token", PREFIX + ".app-secret",
                PREFIX + ".verify-token", PREFIX + ".proxy-auth-username", PREFIX + ".proxy-auth-password",
                PREFIX + ".flow-private-key", PREFIX + ".flow-private-key-passphrase");
    }

    private JsonNode componentMetadata() throws IOException {
        try (InputStream in = WhatsAppCloudComponent.class.getResourceAsStream(COMPONENT_METADATA)) {
            assertThat(in).as(COMPONENT_METADATA + " on the classpath").isNotNull();
            return mapper.readTree(in);
        }
    }

    private ObjectNode render(JsonNode component) {
        ObjectNode metadata = mapper.createObjectNode();
        metadata.putArray("groups").addObject()
                .put("name", PREFIX)
                .put("type", WhatsAppCloudComponent.class.getName())
                .put("description", component.path("component").path("description").asText());

        ArrayNode properties = metadata.putArray("properties");
        properties.addObject()
                .put("name", PREFIX + ".enabled")
                .put("type", Boolean.class.getName())
                .put("description", "Whether the starter applies the " + PREFIX + ".* properties to the component.")
                .put("defaultValue", true);
        ArrayNode hints = mapper.createArrayNode();
        Map<String, JsonNode> options = new TreeMap<>();
        component.path("componentProperties").fields().forEachRemaining(e -> options.put(e.getKey(), e.getValue()));
        options.forEach((option, spec) -> {
            String name = PREFIX + "." + StringHelper.camelCaseToDash(option);
            ObjectNode property = properties.addObject()
                    .put("name", name)
                    .put("type", springType(spec.path("javaType").asText()))
                    .put("description", (spec.path("secret").asBoolean() ? "Secret. " : "")
                            + spec.path("description").asText())
                    .put("sourceType", WhatsAppCloudComponent.class.getName());
            if (spec.has("defaultValue")) {
                property.set("defaultValue", spec.get("defaultValue"));
            }
            if (spec.path("deprecated").asBoolean()) {
                property.put("deprecated", true);
            }
            if (spec.has("enum")) {
                ArrayNode values = hints.addObject().put("name", name).putArray("values");
                spec.get("enum").forEach(value -> values.addObject().put("value", value.asText()));
            }
        });
        metadata.set("hints", hints);
        return metadata;
    }

    /** Spring Boot's metadata names object types; Camel's names primitives as such. */
    private static String springType(String javaType) {
        return switch (javaType) {
            case "boolean" -> Boolean.class.getName();
            case "int" -> Integer.class.getName();
            case "long" -> Long.class.getName();
            case "double" -> Double.class.getName();
            default -> javaType;
        };
    }
}
