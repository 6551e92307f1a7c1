package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Compares produced JSON with an expected literal: every field, every value, and the field order. */
final class GraphJsonAssertions {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String ENVELOPE = """
            "messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234",""";

    private GraphJsonAssertions() {
    }

    /** Asserts a request to {@link ExampleRequests#TO}: the envelope followed by {@code rest}. */
    static void assertRequest(MessageRequest request, String rest) {
        assertJson(request.toGraphJson(), "{" + ENVELOPE + rest + "}");
    }

    static void assertJson(JsonNode actual, String expected) {
        try {
            // both sides written by the same mapper: equal strings mean equal fields, values, types and order
            String expectedCompact = MAPPER.writeValueAsString(MAPPER.readTree(expected));
            assertThat(MAPPER.writeValueAsString(actual)).isEqualTo(expectedCompact);
        } catch (JsonProcessingException e) {
            throw new AssertionError("expected JSON does not parse: " + expected, e);
        }
    }
}
