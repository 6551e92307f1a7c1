package dev.camelwhatsapp.emulator.fidelity;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.TemplateStatus;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Template reads, edits and sends where the emulator used to be stricter than Meta; {@code fields=}. */
class TemplatesFidelityTest {

    private static final String WABA = "/v23.0/" + DEFAULT_WABA_ID;

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder()).resetBeforeEachTest();

    private GraphClient client;

    @BeforeEach
    void client() {
        client = new GraphClient(extension.baseUri(), DEFAULT_ACCESS_TOKEN);
    }

    private String idOf(String name) {
        return client.get(WABA + "/message_templates?name=" + name).json().path("data").path(0).path("id").asText();
    }

    @Test
    void templateReadByIdHasMetasShape() {
        JsonNode template = client.get("/v23.0/" + idOf("hello_world")).json();

        MetaExamples.assertSameKeys(template, MetaExamples.load("template-get"));
        assertThat(template.path("name").asText()).isEqualTo("hello_world");
    }

    @Test
    void templateEditAnswersLikeMetaAndGoesBackToReview() {
        extension.emulator().setTemplateReviewDelay(Duration.ofMinutes(1));
        String id = idOf("order_confirmation");

        JsonNode answer = client.post("/v23.0/" + id, "{\"components\":[{\"type\":\"BODY\","
                + "\"text\":\"Thanks {{1}}, order {{2}} is confirmed.\"}]}").json();

        assertThat(answer).isEqualTo(MetaExamples.load("template-post-response"));
        assertThat(client.get("/v23.0/" + id).json().path("status").asText()).isEqualTo("PENDING");
        extension.emulator().advanceClock(Duration.ofMinutes(2));
        assertThat(extension.emulator().templates()).filteredOn(t -> t.name().equals("order_confirmation"))
                .extracting(t -> t.status()).containsExactly(TemplateStatus.APPROVED);
    }

    @Test
    void fieldsSelectOnlyWhatIsAskedPlusId() {
        JsonNode listed = client.get(WABA + "/message_templates?fields=name,status").json().path("data").path(0);
        assertThat(listed.size()).isEqualTo(3);
        assertThat(listed.has("name") && listed.has("status") && listed.has("id")).isTrue();

        JsonNode one = client.get("/v23.0/" + idOf("hello_world") + "?fields=category").json();
        assertThat(one.size()).isEqualTo(2);
        assertThat(one.path("category").asText()).isEqualTo("UTILITY");

        JsonNode waba = client.get(WABA + "?fields=name").json();
        assertThat(waba.size()).isEqualTo(2);
        assertThat(waba.path("id").asText()).isEqualTo(DEFAULT_WABA_ID);
    }

    @Test
    void upperCaseParameterTypesAreAcceptedAsMetaDoes() {
        GraphClient.Response response = client.post("/v23.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages",
                GraphClient.template(DEFAULT_USER_WA_ID, "order_confirmation", "en_US",
                        "[{\"type\":\"BODY\",\"parameters\":[{\"type\":\"TEXT\",\"text\":\"Ann\"},"
                                + "{\"type\":\"TEXT\",\"text\":\"A-1\"}]}]"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("messages").path(0).path("message_status").asText()).isEqualTo("accepted");
    }
}
