package dev.camelwhatsapp.examples.quarkus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.WhatsAppCloudComponent;
import dev.camelwhatsapp.cloud.model.InvalidMessageException;
import dev.camelwhatsapp.cloud.model.MessageRequest;
import dev.camelwhatsapp.cloud.model.TextMessage;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The application on Quarkus (JVM mode) against the emulator: the component is found, takes its options from
 * application.properties, and the order confirmation reaches the Graph API as the approved template.
 */
@QuarkusTest
@WithTestResource(WhatsAppCloudEmulatorResource.class)
class OrderConfirmationTest {

    @InjectEmulator
    WhatsAppCloudEmulator emulator;

    @Inject
    CamelContext camelContext;

    @TestHTTPResource("/orders")
    URI orders;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theComponentTakesItsOptionsFromApplicationProperties() {
        WhatsAppCloudComponent component = camelContext.getComponent("whatsapp-cloud", WhatsAppCloudComponent.class);

        assertThat(component).isNotNull();
        assertThat(component.getConfiguration().getBaseUri()).isEqualTo(emulator.baseUri().toString());
        assertThat(component.getConfiguration().getAccessToken()).isEqualTo(WhatsAppCloudEmulatorResource.TOKEN);
    }

    @Test
    void anOrderIsConfirmedWithTheApprovedTemplate() throws Exception {
        HttpResponse<String> answer = post(
                "{\"orderId\":\"1001\",\"customer\":\"Alice\",\"phone\":\"+1 (555) 123-4567\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        SentMessage sent = emulator.sentMessage(answer.body()).orElseThrow();
        assertThat(sent.phoneNumberId()).isEqualTo(WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID);
        assertThat(sent.to()).isEqualTo("15551234567");
        assertThat(sent.type()).isEqualTo("template");
        JsonNode request = sent.request();
        assertThat(request.path("biz_opaque_callback_data").asText()).isEqualTo("order-1001");
        assertThat(request.path("template").path("name").asText()).isEqualTo(OrderRoutes.CONFIRMATION_TEMPLATE);
        assertThat(request.path("template").path("language").path("code").asText()).isEqualTo(OrderRoutes.LANGUAGE);
        JsonNode parameters = request.path("template").path("components").path(0).path("parameters");
        assertThat(List.of(parameters.path(0).path("text").asText(), parameters.path(1).path("text").asText()))
                .containsExactly("Alice", "1001");
    }

    @Test
    void anOrderWithAnImpossiblePhoneNumberIsRefusedBeforeAnythingIsSent() throws Exception {
        HttpResponse<String> answer = post("{\"orderId\":\"1002\",\"customer\":\"Bob\",\"phone\":\"12345\"}");

        InvalidMessageException expected = catchThrowableOfType(InvalidMessageException.class,
                () -> MessageRequest.of("12345", TextMessage.of("the same recipient check as the producer's")));
        assertThat(expected.field()).isEqualTo("to");
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).isEqualTo(expected.getMessage());
        assertThat(emulator.sentMessages())
                .noneMatch(m -> m.request().path("biz_opaque_callback_data").asText().equals("order-1002"));
    }

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(orders)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
