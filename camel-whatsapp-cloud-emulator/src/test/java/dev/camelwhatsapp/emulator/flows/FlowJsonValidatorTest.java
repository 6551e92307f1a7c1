package dev.camelwhatsapp.emulator.flows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FlowJsonValidatorTest {

    static final String SCREEN = "{\"id\":\"%s\",\"terminal\":true,\"layout\":{\"type\":\"SingleColumnLayout\","
            + "\"children\":[]}}";

    @Test
    void aMinimalFlowPasses() {
        assertThat(FlowJsonValidator.validate("{\"version\":\"7.2\",\"screens\":[" + SCREEN.formatted("DONE") + "]}"))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"screens\":[]}|MISSING_REQUIRED_PROPERTY",
            "{\"version\":7.2,\"screens\":[{\"id\":\"A\",\"terminal\":true,\"layout\":{\"type\":\"S\",\"children\":[]}}]}|INVALID_VERSION",
            "{\"version\":\"7.2\",\"data_api_version\":\"2.0\",\"screens\":[{\"id\":\"A\",\"terminal\":true,\"layout\":{\"type\":\"S\",\"children\":[]}}]}|INVALID_DATA_API_VERSION",
            "{\"version\":\"7.2\",\"screens\":[{\"id\":\"SUCCESS\",\"terminal\":true,\"layout\":{\"type\":\"S\",\"children\":[]}}]}|INVALID_SCREEN_ID",
            "{\"version\":\"7.2\",\"screens\":[{\"id\":\"step-1\",\"terminal\":true,\"layout\":{\"type\":\"S\",\"children\":[]}}]}|INVALID_SCREEN_ID",
            "{\"version\":\"7.2\",\"screens\":[{\"id\":\"A\",\"terminal\":true,\"layout\":{\"type\":\"S\"}}]}|INVALID_LAYOUT",
            "[1,2]|INVALID_JSON"
    })
    void eachRuleReportsItsError(String flowJson, String error) {
        ArrayNode errors = FlowJsonValidator.validate(flowJson);

        assertThat(errors.findValuesAsText("error")).contains(error);
        assertThat(errors.get(0).path("message").asText()).isNotBlank();
        assertThat(errors.get(0).path("line_start").asInt()).isPositive();
    }

    @Test
    void aSyntaxErrorIsReportedWhereItIs() {
        ArrayNode errors = FlowJsonValidator.validate("{\n  \"version\": \"7.2\",\n  \"screens\": [,]\n}");

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).path("error").asText()).isEqualTo("INVALID_JSON");
        assertThat(errors.get(0).path("line_start").asInt()).isEqualTo(3);
    }
}
