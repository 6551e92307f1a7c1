package dev.camelwhatsapp.cloud.flow;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.test.Postgres;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.PHONE_NUMBER_ID;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.fixture;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A {@code THROUGHPUT_UPGRADE} webhook received by one instance of an application raises the number's throughput for
 * the producers of another instance, through {@link PostgreSqlThroughputTiers} on a real PostgreSQL server.
 */
class SharedThroughputTiersPostgreSqlTest {

    static final int BURST = 20;

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().acceptAnyRecipient(true)
                    .throughputPerSecond(10_000));

    @Test
    void anUpgradeReceivedByOneInstanceRaisesTheThroughputOfAnother() throws Exception {
        DataSource database = Postgres.newDatabase();
        CamelContext b = new DefaultCamelContext();
        // what each replica's configuration does: bind the tiers on the shared database
        b.getRegistry().bind("throughputTiers", new PostgreSqlThroughputTiers(database).createTableIfMissing());
        b.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // configured at 1/s, and a send may wait 1 s for its slot: at this level a burst of 20 mostly fails
                from("direct:send").to("whatsapp-cloud:" + PHONE_NUMBER_ID + "?accessToken=" + DEFAULT_ACCESS_TOKEN
                        + "&windowPolicy=off&maxMessagesPerSecond=1&maxThrottleWait=1000&baseUri="
                        + emulator.baseUri());
            }
        });
        b.start();
        try (WebhookTestServer a = WebhookTestServer.start(
                main -> main.bind("throughputTiers", new PostgreSqlThroughputTiers(database).createTableIfMissing()),
                new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")&applyThroughputUpgrades=true")
                                .log("received ${header.CamelWhatsAppCloudEventType}");
                    }
                })) {
            // a message first: its metadata pairs the display number with the phone number id
            assertOk(a.postSigned(fixture("message-text.json")));
            assertOk(a.postSigned(fixture("fields/phone_number_quality_update-throughput-upgrade.json")));

            ProducerTemplate template = b.createProducerTemplate();
            List<CompletableFuture<Exchange>> burst = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                String to = "1555000" + (7000 + i);
                burst.add(CompletableFuture.supplyAsync(() -> template.request("direct:send", e -> {
                    e.getMessage().setBody("hello");
                    e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
                })));
            }
            for (CompletableFuture<Exchange> send : burst) {
                assertThat(send.get(20, TimeUnit.SECONDS).getException()).as("a send of instance B").isNull();
            }
            assertThat(emulator.emulator().sentMessages()).hasSize(BURST);
        } finally {
            b.close();
        }
    }

    @Test
    void aRaiseNeverLowersTheLevelAndIsSeenByEveryInstance() {
        DataSource database = Postgres.newDatabase();
        PostgreSqlThroughputTiers first = new PostgreSqlThroughputTiers(database).createTableIfMissing();
        PostgreSqlThroughputTiers second = new PostgreSqlThroughputTiers(
                database, PostgreSqlThroughputTiers.DEFAULT_TABLE,
                Duration.ZERO);

        assertThat(second.messagesPerSecond("111")).isEmpty();
        first.raise("111", 1_000);
        first.raise("111", 200);
        second.raise("222", 500);

        assertThat(second.messagesPerSecond("111")).hasValue(1_000);
        assertThat(second.throughput("111", 80).interval()).isEqualTo(Duration.ofMillis(1));
        assertThat(second.throughput("222", 80).interval()).isEqualTo(Duration.ofMillis(2));
        assertThat(second.throughput("333", 80).interval()).isEqualTo(RateLimit.perSecond(80).interval());
    }

    @Test
    void onlyPlainTableNames() {
        assertThatThrownBy(() -> new PostgreSqlThroughputTiers(
                Postgres.newDatabase(), "tiers; DROP TABLE x",
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table name");
    }

    static void assertOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
