package dev.camelwhatsapp.examples.orders;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelwhatsapp.emulator.TemplateDefinition;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.WhatsAppUser;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_APP_SECRET;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static dev.camelwhatsapp.examples.orders.Timeline.Count.DELIVERED;
import static dev.camelwhatsapp.examples.orders.Timeline.Count.FAILED;
import static dev.camelwhatsapp.examples.orders.Timeline.Count.READ;
import static dev.camelwhatsapp.examples.orders.Timeline.Count.RECEIVED;
import static dev.camelwhatsapp.examples.orders.Timeline.Count.REFUSED;
import static dev.camelwhatsapp.examples.orders.Timeline.Count.TEMPLATES_SENT;
import static dev.camelwhatsapp.examples.orders.Timeline.Count.TEXTS_SENT;

/**
 * The whole idea, offline: the order-notification application against the embedded Cloud API emulator, with simulated
 * customers and a virtual clock, narrated by the timeline. No Meta account needed.
 */
public final class OfflineDemo {

    /** Alice reads her messages; the emulator knows her as a WhatsApp user. */
    static final String ALICE = "15551234567";
    /** Maria uses a WhatsApp username and keeps her phone number from businesses: she has a business-scoped id only. */
    static final String MARIA = "US.13491208655302741918";
    static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);

    private final PrintStream out;
    private final OrderNotifications.Dsl dsl;

    public OfflineDemo(PrintStream out, OrderNotifications.Dsl dsl) {
        this.out = out;
        this.dsl = dsl;
    }

    /** @return whether every step happened as the story says */
    public boolean run() throws Exception {
        OrderBook orders = new OrderBook();
        Timeline timeline = new Timeline(out, orders);
        try (WhatsAppCloudEmulator emulator = WhatsAppCloudEmulator.builder()
                .template(TemplateDefinition.builder(OrderMessages.FOLLOW_UP_TEMPLATE, OrderMessages.LANGUAGE)
                        .body("Hi {{1}}, how was the delivery of your order {{2}}? Reply with a number from 1 to 5.")
                        .build())
                .build()) {
            URI api = emulator.start();
            int port = freePort();
            URI webhook = URI.create("http://127.0.0.1:" + port + "/whatsapp/webhook");
            emulator.setWebhookUrl(webhook);
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("camel.server.host", "127.0.0.1");
            settings.put("camel.server.port", String.valueOf(port));
            settings.put("whatsapp.token", DEFAULT_ACCESS_TOKEN);
            settings.put("whatsapp.secret", DEFAULT_APP_SECRET);
            settings.put("whatsapp.webhook-verify-token", "demo-verify-token");
            settings.put("whatsapp.phone-number-id", DEFAULT_PHONE_NUMBER_ID);
            settings.put("whatsapp.waba-id", DEFAULT_WABA_ID);
            settings.put("whatsapp.base-uri", api.toString());
            settings.put("orders.dir", "data/orders");
            // the 24-hour window is judged on the emulator's virtual time, which the demo moves forward
            settings.put("camel.component.whatsapp-cloud.clock", "#virtualClock");
            Main main = OrderNotifications.create(dsl, orders, timeline, settings);
            main.bind("virtualClock", emulator.clock());

            timeline.step("Order notifications on Camel Main (" + dsl.name().toLowerCase(java.util.Locale.ROOT)
                    + " DSL), WhatsApp Cloud API emulator at " + api + ", webhook " + webhook);
            timeline.step("1. The ERP drops data/orders/orders.jsonl: each order gets the approved template"
                    + " order_confirmation (first contact must be a template)");
            main.start();
            try {
                return story(main, emulator, timeline, orders, port);
            } finally {
                main.stop();
            }
        }
    }

    private boolean story(Main main, WhatsAppCloudEmulator emulator, Timeline timeline, OrderBook orders, int port)
            throws Exception {
        boolean ok = timeline.await(TEMPLATES_SENT, 3, STEP_TIMEOUT)
                && timeline.await(FAILED, 1, STEP_TIMEOUT)
                && timeline.await(READ, 1, STEP_TIMEOUT);

        timeline.step("2. Alice writes \"Where is my order?\": her message opens a 24-hour window, so the route"
                + " answers with free-form text");
        emulator.simulateText(ALICE, "Where is my order?");
        ok &= timeline.await(RECEIVED, 1, STEP_TIMEOUT) && timeline.await(TEXTS_SENT, 1, STEP_TIMEOUT);

        timeline.step("3. Alice taps the template's quick-reply button");
        emulator.simulateInbound("{\"from\":\"" + ALICE + "\",\"type\":\"button\","
                + "\"button\":{\"text\":\"Track my order\",\"payload\":\"Track my order\"}}");
        ok &= timeline.await(RECEIVED, 2, STEP_TIMEOUT) && timeline.await(TEXTS_SENT, 2, STEP_TIMEOUT);

        timeline.step("4. Maria, who uses a WhatsApp username, asks a question: her message carries no phone number,"
                + " only her business-scoped user id, and the answer goes to that id");
        emulator.addUser(WhatsAppUser.usernameOnly(MARIA, "maria.lopez", "Maria"));
        emulator.simulateInbound("{\"from_user_id\":\"" + MARIA + "\",\"type\":\"text\","
                + "\"text\":{\"body\":\"Do you deliver on Sundays?\"}}");
        ok &= timeline.await(RECEIVED, 3, STEP_TIMEOUT) && timeline.await(TEXTS_SENT, 3, STEP_TIMEOUT);

        timeline.step("5. The ERP posts a new order to POST /orders");
        HttpResponse<String> posted = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/orders"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"orderId\":\"1004\",\"customer\":\"Bob\","
                                + "\"phone\":\"+1 555 765 4321\",\"items\":\"1 x milk jug\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        ok &= posted.statusCode() == 202 && timeline.await(TEMPLATES_SENT, 4, STEP_TIMEOUT);

        timeline.step("6. 25 hours pass without a word from Alice: her window is closed, so the free-form"
                + " follow-up is replaced by the approved template " + OrderMessages.FOLLOW_UP_TEMPLATE);
        emulator.advanceClock(Duration.ofHours(25));
        ProducerTemplate producer = main.getCamelContext().createProducerTemplate();
        producer.sendBody("direct:follow-up", orders.byCallbackData("order-1001").orElseThrow());
        ok &= timeline.await(REFUSED, 1, STEP_TIMEOUT);

        // Alice reads everything (4 messages), Maria her answer, Bob's two confirmations are delivered, Carol is not
        // on WhatsApp
        ok &= timeline.await(DELIVERED, 7, STEP_TIMEOUT) && timeline.await(READ, 5, STEP_TIMEOUT);
        timeline.summary();
        Map<Timeline.Count, Integer> counts = timeline.counts();
        return ok && counts.get(TEMPLATES_SENT) == 5 && counts.get(TEXTS_SENT) == 3 && counts.get(FAILED) == 1
                && counts.get(REFUSED) == 1 && counts.get(RECEIVED) == 3;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
