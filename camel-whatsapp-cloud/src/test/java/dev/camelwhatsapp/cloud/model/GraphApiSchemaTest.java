package dev.camelwhatsapp.cloud.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.camelwhatsapp.cloud.model.GraphJsonAssertions.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request body the model produces conforms to Meta's published schema (src/test/resources/schema,
 * derived from Meta's OpenAPI description of the Cloud API; see the README there for the corrections).
 */
class GraphApiSchemaTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12);
    private static final Schema SEND_MESSAGE = load("/schema/send-message.schema.json");
    private static final Schema MARK_AS_READ = load("/schema/mark-as-read.schema.json");

    private static Schema load(String resource) {
        try (InputStream in = GraphApiSchemaTest.class.getResourceAsStream(resource)) {
            return REGISTRY.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> requests() {
        return ExampleRequests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void sendRequestConformsToMetaSchema(String name, MessageRequest request) throws IOException {
        assertThat(errors(SEND_MESSAGE, request.toGraphJson())).isEmpty();
    }

    @Test
    void readReceiptsConformToMetaSchema() throws IOException {
        assertThat(errors(MARK_AS_READ, ReadReceipt.of(ExampleRequests.WAMID).toGraphJson())).isEmpty();
        assertThat(errors(MARK_AS_READ, ReadReceipt.of(ExampleRequests.WAMID).typingIndicator(true).toGraphJson()))
                .isEmpty();
    }

    @Test
    void examplesCoverEveryMessageTypeAndInteractiveType() {
        List<JsonNode> bodies = ExampleRequests.all().map(arguments -> ((MessageRequest) arguments.get()[1])
                .toGraphJson())
                .map(JsonNode.class::cast).toList();
        assertThat(bodies).extracting(body -> body.get("type").asText()).contains(
                "text", "image", "audio", "video", "document", "sticker", "location", "contacts", "interactive",
                "reaction", "template");
        assertThat(bodies).filteredOn(body -> body.has("interactive"))
                .extracting(body -> body.at("/interactive/type").asText())
                .contains("button", "list", "cta_url", "flow", "location_request_message", "product", "product_list",
                        "catalog_message", "call_permission_request");
    }

    /** Proves the schema is really applied: a body breaking it must be reported. */
    @Test
    void schemaRejectsABodyBreakingIt() throws IOException {
        ObjectNode body = ExampleRequests.interactiveButtonsWithVideoHeader().toGraphJson();
        ((com.fasterxml.jackson.databind.node.ArrayNode) body.at("/interactive/action/buttons"))
                .addObject().put("type", "reply").putObject("reply").put("id", "x").put("title", "Fourth");
        assertThat(errors(SEND_MESSAGE, body)).isNotEmpty();

        ObjectNode unknownField = ExampleRequests.text().toGraphJson();
        unknownField.put("colour", "blue");
        assertThat(errors(SEND_MESSAGE, unknownField)).isNotEmpty();
    }

    private static List<Error> errors(Schema schema, JsonNode body) throws IOException {
        return schema.validate(MAPPER.writeValueAsString(body), InputFormat.JSON);
    }
}
