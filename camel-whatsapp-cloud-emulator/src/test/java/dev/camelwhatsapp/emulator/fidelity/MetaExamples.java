package dev.camelwhatsapp.emulator.fidelity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meta's own examples (copied from its OpenAPI description into {@code meta-examples/}) and the comparison of the
 * emulator's JSON with them: the same keys at every level, for every object both sides have.
 */
final class MetaExamples {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Business-scoped user ids, which Meta added to the send answer and to webhooks in 2026: the examples (API
     * v23.0) predate them, so they are compared by the tests that pin them, not against the examples.
     */
    private static final Set<String> BUSINESS_SCOPED_USER_IDS
            = Set.of("user_id", "from_user_id", "recipient_user_id", "parent_user_id");

    private MetaExamples() {
    }

    static JsonNode load(String name) {
        try (InputStream in = MetaExamples.class.getResourceAsStream("/meta-examples/" + name + ".json")) {
            assertThat(in).as("example " + name).isNotNull();
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code actual} has exactly the keys of {@code expected}, recursively (arrays by first item). */
    static void assertSameKeys(JsonNode actual, JsonNode expected) {
        List<String> differences = new ArrayList<>();
        compare("$", actual, expected, BUSINESS_SCOPED_USER_IDS, differences);
        assertThat(differences).as("differences from Meta's example").isEmpty();
    }

    /** Like {@link #assertSameKeys} but ignoring keys Meta's example leaves out for the given reason. */
    static void assertSameKeysExcept(JsonNode actual, JsonNode expected, Set<String> optionalKeys) {
        List<String> differences = new ArrayList<>();
        Set<String> ignored = new TreeSet<>(optionalKeys);
        ignored.addAll(BUSINESS_SCOPED_USER_IDS);
        compare("$", actual, expected, ignored, differences);
        assertThat(differences).as("differences from Meta's example").isEmpty();
    }

    private static void compare(String path, JsonNode actual, JsonNode expected, Set<String> optional,
                                List<String> differences) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                differences.add(path + " is not an object");
                return;
            }
            Set<String> actualKeys = keys(actual);
            Set<String> expectedKeys = keys(expected);
            actualKeys.removeAll(optional);
            expectedKeys.removeAll(optional);
            if (!actualKeys.equals(expectedKeys)) {
                differences.add(path + " keys " + actualKeys + " but Meta has " + expectedKeys);
            }
            for (String key : expectedKeys) {
                if (actual.has(key)) {
                    compare(path + "." + key, actual.get(key), expected.get(key), optional, differences);
                }
            }
        } else if (expected.isArray() && expected.size() > 0) {
            if (!actual.isArray() || actual.isEmpty()) {
                differences.add(path + " is not a non-empty array");
                return;
            }
            compare(path + "[0]", actual.get(0), expected.get(0), optional, differences);
        } else if (expected.isValueNode() && !expected.isNull()
                && actual.getNodeType() != expected.getNodeType()) {
            differences.add(path + " is " + actual.getNodeType() + " but Meta has " + expected.getNodeType());
        }
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            keys.add(it.next());
        }
        return keys;
    }
}
