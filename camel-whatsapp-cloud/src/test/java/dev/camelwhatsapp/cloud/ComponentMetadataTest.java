package dev.camelwhatsapp.cloud;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's generated metadata (what Camel tooling, IDEs, Spring Boot and Quarkus read) lists every option and
 * every header, and docs/reference.md is rendered from it, so the reference cannot drift from the code.
 */
class ComponentMetadataTest {

    static final Path REFERENCE = Path.of("../docs/reference.md");

    final JsonNode metadata = readMetadata();

    static JsonNode readMetadata() {
        try (InputStream in = ComponentMetadataTest.class
                .getResourceAsStream("/META-INF/dev/camelwhatsapp/cloud/whatsapp-cloud.json")) {
            assertThat(in).as("generated component metadata on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyConfigurationOptionIsAnEndpointAndComponentOption() {
        Set<String> options = Arrays.stream(WhatsAppCloudConfiguration.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(UriParam.class) || f.isAnnotationPresent(UriPath.class))
                .map(Field::getName).collect(Collectors.toSet());

        assertThat(names(metadata.path("properties"))).containsAll(options);
        options.remove("phoneNumberId"); // the path is per endpoint
        assertThat(names(metadata.path("componentProperties"))).containsAll(options);
    }

    @Test
    void everyHeaderConstantIsDocumented() throws IllegalAccessException {
        Set<String> headers = new HashSet<>();
        for (Field field : WhatsAppCloudConstants.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(field.isAnnotationPresent(Metadata.class)).as(field.getName() + " has @Metadata").isTrue();
                headers.add((String) field.get(null));
            }
        }

        assertThat(names(metadata.path("headers"))).containsExactlyInAnyOrderElementsOf(headers);
        metadata.path("headers").forEach(h -> assertThat(h.path("description").asText()).isNotBlank());
    }

    @Test
    void secretsAreMarkedSecret() {
        metadata.path("properties").fields().forEachRemaining(e -> {
            String name = e.getKey().toLowerCase();
            if (name.contains("token") || name.contains("secret") || name.contains("password")) {
                assertThat(e.getValue().path("secret").asBoolean()).as(e.getKey() + " is secret").isTrue();
            }
        });
    }

    @Test
    void referenceDocIsRenderedFromTheMetadata() throws IOException {
        String expected = ReferenceDoc.render(metadata);
        if (Boolean.getBoolean("updateDocs")) {
            Files.writeString(REFERENCE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(REFERENCE)).as(REFERENCE + " exists").isTrue();
        assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
                .as("docs/reference.md is out of date: run mvn -pl camel-whatsapp-cloud test"
                        + " -Dtest=ComponentMetadataTest -DupdateDocs=true")
                .isEqualTo(expected);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
