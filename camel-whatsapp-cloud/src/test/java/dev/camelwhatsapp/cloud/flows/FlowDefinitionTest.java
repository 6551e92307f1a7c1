package dev.camelwhatsapp.cloud.flows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a Flow definition and its metadata changes refuse before anything is sent. */
class FlowDefinitionTest {

    static final String JSON = "{\"version\":\"6.3\",\"screens\":[]}";

    @Test
    void aFlowNeedsANameAndACategory() {
        assertThatThrownBy(() -> FlowDefinition.named(" ").category(FlowCategory.OTHER).build())
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> FlowDefinition.named("booking").build()).hasMessageContaining("at least one category");
    }

    @Test
    void flowJsonMustBeAJsonObject() {
        assertThatThrownBy(() -> FlowDefinition.named("b").category(FlowCategory.OTHER).flowJson("{\"version\":")
                .build())
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> FlowDefinition.named("b").category(FlowCategory.OTHER).flowJson("[]").build())
                .hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> FlowDefinition.named("b").category(FlowCategory.OTHER).flowJson(JSON)
                .cloneOf("123").build()).hasMessageContaining("either the Flow JSON or a Flow to clone");
        assertThatThrownBy(() -> FlowDefinition.named("b").category(FlowCategory.OTHER).publish(true).build())
                .hasMessageContaining("cannot be published without a Flow JSON");
    }

    @Test
    void theEndpointIsAnAbsoluteHttpsUrl() {
        assertThatThrownBy(() -> FlowDefinition.named("b").category(FlowCategory.OTHER)
                .endpointUri("http://example.com/flows").build()).hasMessageContaining("https");
        assertThatThrownBy(() -> FlowMetadata.change().endpointUri("/flows").build()).hasMessageContaining("https");
        assertThatThrownBy(() -> FlowMetadata.change().build()).hasMessageContaining("needs a name, categories");
    }

    @Test
    void aMapWithMetasFieldNamesIsADefinition() {
        FlowDefinition definition = FlowDefinition.fromMap(Map.of("name", "survey", "categories",
                List.of("SURVEY", "OTHER", "SURVEY"), "flow_json", JSON, "publish", true));

        assertThat(definition.categories()).containsExactly(FlowCategory.SURVEY, FlowCategory.OTHER);
        assertThat(definition.toGraphJson().toString()).isEqualTo(
                "{\"name\":\"survey\",\"categories\":[\"SURVEY\",\"OTHER\"],\"flow_json\":" + quoted(JSON)
                        + ",\"publish\":true}");
        assertThatThrownBy(() -> FlowDefinition.fromMap(Map.of("name", "x", "categories", List.of("PIZZA"))))
                .hasMessageContaining("Unknown Flow category PIZZA").hasMessageContaining("APPOINTMENT_BOOKING");
    }

    private static String quoted(String json) {
        return "\"" + json.replace("\"", "\\\"") + "\"";
    }
}
