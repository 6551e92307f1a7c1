package dev.camelwhatsapp.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The component's readiness check in Spring Boot's actuator health: UP with a working account, and a 503 naming the
 * check once Meta refuses the token.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = { "server.address=127.0.0.1", "camel.component.whatsapp-cloud.health-check-ttl=1" })
class ActuatorHealthTest {

    private static final String TOKEN = "health-access-token";

    @RegisterExtension
    static final WhatsAppCloudEmulatorExtension WHATSAPP = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().accessToken(TOKEN)).resetBeforeEachTest();

    @DynamicPropertySource
    static void whatsApp(DynamicPropertyRegistry registry) {
        registry.add("whatsapp.base-uri", () -> WHATSAPP.baseUri().toString());
        registry.add("whatsapp.token", () -> TOKEN);
        registry.add("whatsapp.secret", () -> "health-app-secret");
        registry.add("whatsapp.webhook-verify-token", () -> "health-verify-token");
        registry.add("whatsapp.phone-number-id", () -> DEFAULT_PHONE_NUMBER_ID);
        registry.add("whatsapp.waba-id", () -> DEFAULT_WABA_ID);
    }

    @LocalServerPort
    int port;

    private HttpResponse<String> health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theWhatsAppCheckIsPartOfTheActuatorHealthAndARefusedTokenAnswers503() throws Exception {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> up = health();
            assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
            assertThat(up.body()).contains("whatsapp-cloud-" + DEFAULT_PHONE_NUMBER_ID);
        });

        WHATSAPP.emulator().setTokenValid(false);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> down = health();
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            assertThat(down.body()).contains("whatsapp-cloud-" + DEFAULT_PHONE_NUMBER_ID).doesNotContain(TOKEN);
        });
    }
}
