package dev.camelwhatsapp.examples.springboot;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.camelwhatsapp.cloud.WhatsAppCloudComponent;
import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.WhatsAppUser;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.EndpointInject;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.MockEndpoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Spring Boot application against the WhatsApp Cloud API emulator: the component configured from properties
 * only, orders confirmed with a template, the emulator's signed webhooks received through Spring MVC, customers
 * answered inside their 24-hour window (username-only customers too, at their business-scoped user id), forged webhooks refused.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@MockEndpoints("direct:answer")
@ExtendWith(OutputCaptureExtension.class)
class OrderNotificationsApplicationTest {

    // not the emulator's defaults: a value that did not come from the properties would be refused
    private static final String TOKEN = "example-access-token";
    private static final String SECRET = "example-app-secret";
    private static final String VERIFY_TOKEN = "example-verify-token";
    private static final String ALICE = DEFAULT_USER_WA_ID;
    /** A customer who uses a WhatsApp username and shows the business no phone number. */
    private static final String MARIA = "US.13491208655302741918";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @RegisterExtension
    static final WhatsAppCloudEmulatorExtension WHATSAPP = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().accessToken(TOKEN).appSecret(SECRET)).resetBeforeEachTest();

    // the same properties a deployment sets through WHATSAPP_* environment variables; resolved when the context
    // starts, after the extension has started the emulator
    @DynamicPropertySource
    static void whatsApp(DynamicPropertyRegistry registry) {
        registry.add("whatsapp.base-uri", () -> WHATSAPP.baseUri().toString());
        registry.add("whatsapp.token", () -> TOKEN);
        registry.add("whatsapp.secret", () -> SECRET);
        registry.add("whatsapp.webhook-verify-token", () -> VERIFY_TOKEN);
        registry.add("whatsapp.phone-number-id", () -> DEFAULT_PHONE_NUMBER_ID);
        registry.add("whatsapp.waba-id", () -> DEFAULT_WABA_ID);
    }

    @LocalServerPort
    int port;
    @Autowired
    CamelContext camelContext;
    @Autowired
    TestRestTemplate http;
    @Autowired
    OrderBook orders;
    @EndpointInject("mock:direct:answer")
    MockEndpoint answered;

    @BeforeEach
    void emulatorCallsThisApplication() {
        WHATSAPP.emulator().setWebhookUrl(URI.create("http://127.0.0.1:" + port + "/whatsapp/webhook"));
        MockEndpoint.resetMocks(camelContext);
    }

    @Test
    void componentIsConfiguredFromApplicationProperties() {
        WhatsAppCloudConfiguration options = camelContext.getComponent("whatsapp-cloud", WhatsAppCloudComponent.class)
                .getConfiguration();

        assertThat(options.getBaseUri()).isEqualTo(WHATSAPP.baseUri().toString());
        assertThat(options.getWabaId()).isEqualTo(DEFAULT_WABA_ID);
        assertThat(options.getAccessToken()).isEqualTo(TOKEN);
        assertThat(options.getAppSecret()).isEqualTo(SECRET);
        assertThat(options.getVerifyToken()).isEqualTo(VERIFY_TOKEN);
        assertThat(camelContext.getEndpoints()).map(Endpoint::getEndpointUri)
                .contains("whatsapp-cloud://" + DEFAULT_PHONE_NUMBER_ID)
                .noneMatch(uri -> uri.contains(TOKEN) || uri.contains(SECRET) || uri.contains(VERIFY_TOKEN));
    }

    @Test
    void anOrderIsConfirmedWithTheApprovedTemplateAndItsStatusesComeBack() {
        String wamid = postOrder("1001", "Alice", "+1 555 123 4567");

        // the emulator accepted the send: the token from the properties reached it
        SentMessage sent = WHATSAPP.emulator().sentMessage(wamid).orElseThrow();
        assertThat(sent.to()).isEqualTo(ALICE);
        assertThat(sent.type()).isEqualTo("template");
        assertThat(sent.request().at("/template/name").asText()).isEqualTo(OrderMessages.CONFIRMATION_TEMPLATE);
        assertThat(sent.request().at("/template/components/0/parameters").findValuesAsText("text"))
                .containsExactly("Alice", "1001");
        assertThat(sent.request().path("biz_opaque_callback_data").asText()).isEqualTo("order-1001");

        // sent, delivered and read come back as signed webhooks through Spring MVC, tied to the order by its
        // callback data; Alice reads her messages
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(
                http.getForObject("/orders/1001", OrderController.OrderView.class).whatsApp()).isEqualTo("read"));
        assertThat(WHATSAPP.emulator().deliveredWebhooks()).isNotEmpty()
                .allSatisfy(webhook -> assertThat(webhook.httpStatus()).isEqualTo(200));
    }

    @Test
    void aCustomerWhoWritesIsAnsweredInsideTheWindow() throws InterruptedException {
        postOrder("1002", "Alice", "+1 555 123 4567");
        answered.expectedMessageCount(1);
        answered.setResultWaitTime(TIMEOUT.toMillis());

        // the emulator escapes non-ASCII characters as Meta does (\u00fa); the event carries the decoded text
        String question = "Où est ma commande ? \uD83D\uDE9A";
        String inbound = WHATSAPP.emulator().simulateText(ALICE, question);

        answered.assertIsSatisfied();
        InboundMessage received = answered.getExchanges().get(0).getMessage().getBody(InboundMessage.class);
        assertThat(received.id()).isEqualTo(inbound);
        assertThat(received.from()).isEqualTo(ALICE);
        assertThat(received.text().body()).isEqualTo(question);

        SentMessage answer = await().atMost(TIMEOUT).until(() -> answerTo(inbound), Objects::nonNull);
        assertThat(answer.to()).isEqualTo(ALICE);
        // answered at the business-scoped user id her message carried, which Meta takes in the recipient field
        assertThat(answer.request().path("recipient").asText()).isEqualTo(WhatsAppUser.businessScopedUserIdOf(ALICE));
        assertThat(answer.request().has("to")).isFalse();
        assertThat(answer.request().at("/text/body").asText()).contains("order 1002");
        assertThat(answer.request().path("biz_opaque_callback_data").asText()).isEqualTo("order-1002");
        // a free-form message outside the window would fail with 131047; inside it, Alice reads it
        await().atMost(TIMEOUT).until(() -> WHATSAPP.emulator().sentMessage(answer.id()).orElseThrow().status(),
                status -> status == dev.camelwhatsapp.emulator.MessageStatus.READ);
        assertThat(WHATSAPP.emulator().inboundMessages()).filteredOn(message -> message.id().equals(inbound))
                .singleElement().satisfies(message -> assertThat(message.markedAsRead()).isTrue());
    }

    @Test
    void aCustomerKnownOnlyByUsernameIsAnsweredAtTheBusinessScopedUserId() throws InterruptedException {
        WHATSAPP.emulator().addUser(WhatsAppUser.usernameOnly(MARIA, "maria.lopez", "Maria"));
        answered.expectedMessageCount(1);
        answered.setResultWaitTime(TIMEOUT.toMillis());

        // no phone number in her message: from and wa_id are absent, from_user_id is her only id
        String inbound = WHATSAPP.emulator().simulateInbound("{\"from_user_id\":\"" + MARIA + "\",\"type\":\"text\","
                + "\"text\":{\"body\":\"Do you deliver on Sundays?\"}}");

        answered.assertIsSatisfied();
        assertThat(answered.getExchanges().get(0).getMessage().getHeaders())
                .doesNotContainKey(WhatsAppCloudConstants.FROM)
                .containsEntry(WhatsAppCloudConstants.USER_ID, MARIA);
        SentMessage answer = await().atMost(TIMEOUT).until(() -> answerTo(inbound), Objects::nonNull);
        assertThat(answer.to()).isEqualTo(MARIA);
        assertThat(answer.request().path("recipient").asText()).isEqualTo(MARIA);
        assertThat(answer.request().at("/text/body").asText()).startsWith("Thanks for your message");
        // no order is known for her, so the answer carries no order's callback data
        assertThat(answer.request().has("biz_opaque_callback_data")).isFalse();
        await().atMost(TIMEOUT).until(() -> WHATSAPP.emulator().sentMessage(answer.id()).orElseThrow().status(),
                status -> status == dev.camelwhatsapp.emulator.MessageStatus.READ);
    }

    @Test
    void onlyWebhooksSignedOverTheExactBytesReachTheRoute() {
        // a failed status for an order, with raw UTF-8 in the error details: any decoding and re-encoding on the
        // way (a servlet reads text as ISO-8859-1 when no charset is given) would change the bytes
        String details = "Numéro injoignable — \uD83D\uDCF5 \\u00e9 \\/";
        NotifyBuilder routed = new NotifyBuilder(camelContext).fromRoute("whatsapp-events")
                .filter(exchange -> exchange.getMessage().getBody() instanceof MessageStatus status
                        && "order-2001".equals(status.bizOpaqueCallbackData()))
                .whenExactlyDone(1).create();

        byte[] unsigned = failedStatus("wamid.unsigned", details);
        assertThat(postWebhook(unsigned, null)).isEqualTo(HttpStatus.FORBIDDEN);
        byte[] wrongSecret = failedStatus("wamid.wrong-secret", details);
        assertThat(postWebhook(wrongSecret, sign(wrongSecret, "not-the-app-secret"))).isEqualTo(HttpStatus.FORBIDDEN);
        byte[] original = failedStatus("wamid.tampered", details);
        byte[] tampered = failedStatus("wamid.tampered", details.replace("é", "e"));
        assertThat(postWebhook(tampered, sign(original, SECRET))).isEqualTo(HttpStatus.FORBIDDEN);
        // the consumer answers after the route is done with the payload, so a refused one would already show here
        assertThat(routed.matches()).isFalse();
        assertThat(orders.deliveryOf("2001")).isEmpty();

        byte[] signed = failedStatus("wamid.signed", details);
        assertThat(postWebhook(signed, sign(signed, SECRET))).isEqualTo(HttpStatus.OK);
        assertThat(routed.matches(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(orders.deliveryOf("2001")).contains("failed");
    }

    @Test
    void metaVerificationIsAnsweredWithTheChallengeOnlyForTheVerifyToken() {
        ResponseEntity<String> verified = http.getForEntity(
                "/whatsapp/webhook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token={token}", String.class,
                VERIFY_TOKEN);
        assertThat(verified.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(verified.getHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue());
        assertThat(verified.getBody()).isEqualTo("1158201444");

        ResponseEntity<String> refused = http.getForEntity(
                "/whatsapp/webhook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token={token}", String.class,
                "guessed-token");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).doesNotContain("1158201444");
    }

    @Test
    void secretsStayOutOfTheLog(CapturedOutput output) {
        String wamid = postOrder("1003", "Alice", "+1 555 123 4567");

        // the capture works: it holds the start-up and the route's log lines ...
        assertThat(output.getAll()).contains("Receiving WhatsApp Cloud webhooks on /whatsapp/webhook")
                .contains("Order confirmation " + wamid + " sent for order-1003");
        // ... and none of the credentials
        assertThat(output.getAll()).doesNotContain(TOKEN).doesNotContain(SECRET).doesNotContain(VERIFY_TOKEN);
    }

    private String postOrder(String orderId, String customer, String phone) {
        String json = "{\"orderId\":\"" + orderId + "\",\"customer\":\"" + customer + "\",\"phone\":\"" + phone
                + "\",\"items\":\"1 x milk jug\"}";
        ResponseEntity<String> posted = http.exchange(RequestEntity.post("/orders")
                .contentType(MediaType.APPLICATION_JSON).header("X-Shop-Request", orderId).body(json), String.class);
        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(posted.getBody()).startsWith("wamid.");
        assertThat(posted.getHeaders()).doesNotContainKey("X-Shop-Request");
        return posted.getBody();
    }

    private static SentMessage answerTo(String inboundWamid) {
        List<SentMessage> answers = WHATSAPP.emulator().sentMessages().stream()
                .filter(sent -> inboundWamid.equals(sent.request().at("/context/message_id").asText(null)))
                .toList();
        return answers.isEmpty() ? null : answers.get(0);
    }

    private HttpStatus postWebhook(byte[] body, String signature) {
        HttpHeaders headers = new HttpHeaders();
        // no charset, as Meta sends it
        headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
        if (signature != null) {
            headers.set("X-Hub-Signature-256", signature);
        }
        ResponseEntity<String> answer = http.exchange(RequestEntity.post("/whatsapp/webhook").headers(headers)
                .body(body), String.class);
        return HttpStatus.valueOf(answer.getStatusCode().value());
    }

    private static byte[] failedStatus(String wamid, String details) {
        return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"" + DEFAULT_WABA_ID
                + "\",\"changes\":[{"
                + "\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{"
                + "\"display_phone_number\":\"15555550100\",\"phone_number_id\":\"" + DEFAULT_PHONE_NUMBER_ID + "\"},"
                + "\"statuses\":[{\"id\":\"" + wamid + "\",\"status\":\"failed\",\"timestamp\":\"1750099000\","
                + "\"recipient_id\":\"" + ALICE + "\",\"biz_opaque_callback_data\":\"order-2001\",\"errors\":[{"
                + "\"code\":131026,\"title\":\"Message undeliverable\",\"message\":\"Message undeliverable\","
                + "\"error_data\":{\"details\":\"" + details + "\"}}]}]}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
