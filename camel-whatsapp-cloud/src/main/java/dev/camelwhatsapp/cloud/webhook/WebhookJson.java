package dev.camelwhatsapp.cloud.webhook;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one Jackson configuration of the webhook side. {@link ObjectReader} and {@link ObjectWriter} are immutable and
 * thread-safe, so they are shared by every parse.
 */
final class WebhookJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // A key given twice is ambiguous: another JSON reader (a gateway, a log pipeline, the user's own code)
            // may keep the other value than we do, for instance a different message id that then escapes
            // deduplication. Meta never sends duplicate keys, so refusing them costs nothing legitimate.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // "{...} garbage" is not a JSON document; accepting its first value would hide a broken sender.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Prices (order items) must keep their exact decimal value, trailing zeros included.
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final ObjectReader TREE_READER = MAPPER.reader();

    // Sorted properties make the serialised form independent of the order keys arrived in.
    private static final ObjectWriter CANONICAL_WRITER = MAPPER.writer().with(JsonNodeFeature.WRITE_PROPERTIES_SORTED);

    private WebhookJson() {
    }

    static JsonNode readTree(byte[] json) throws IOException {
        return TREE_READER.readTree(json);
    }

    static JsonNode readTree(String json) throws IOException {
        return TREE_READER.readTree(json);
    }

    static void writeCanonical(JsonNode node, OutputStream out) throws IOException {
        CANONICAL_WRITER.writeValue(out, node);
    }

    static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }
}
