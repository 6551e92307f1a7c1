package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of an application (two CamelContexts) send from one number through one {@link PostgreSqlSendRateLimiter}
 * on a real PostgreSQL server: together they keep the number's limit where Meta counts it, at the emulator.
 */
class SharedRateLimiterPostgreSqlTest {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().acceptAnyRecipient(true).throughputPerSecond(10_000))
            .resetBeforeEachTest();

    static EmbeddedPostgres postgres;
    static HikariDataSource dataSource;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(postgres.getPostgresDatabase());
        pool.setMaximumPoolSize(8);
        dataSource = new HikariDataSource(pool);
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (dataSource != null) {
            dataSource.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static CamelContext instance() throws Exception {
        CamelContext context = new DefaultCamelContext();
        // what each replica's configuration does: bind the limiter on the shared database
        context.getRegistry().bind("sharedLimiter", new PostgreSqlSendRateLimiter(dataSource).createTableIfMissing());
        context.start();
        return context;
    }

    static final String URI = "whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?accessToken=" + DEFAULT_ACCESS_TOKEN
            + "&windowPolicy=off&maxMessagesPerSecond=40&rateLimiter=#sharedLimiter&baseUri=";

    @Test
    void twoInstancesTogetherKeepOneNumbersLimit() throws Exception {
        CamelContext first = instance();
        CamelContext second = instance();
        try {
            List<CompletableFuture<Exchange>> sends = new ArrayList<>();
            sends.addAll(sendAll(first, 0, 200));
            sends.addAll(sendAll(second, 200, 200));
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            assertThat(sends).allSatisfy(s -> assertThat(s.join().getException()).isNull());
        } finally {
            first.close();
            second.close();
        }

        List<Instant> arrivals = emulator.emulator().sentMessages().stream().map(SentMessage::acceptedAt).sorted()
                .toList();
        assertThat(arrivals).hasSize(400);
        assertThat(ArrivalRateEmulatorTest.busiestSecond(arrivals)).isLessThanOrEqualTo(41);
        Duration span = Duration.between(arrivals.get(0), arrivals.get(399));
        assertThat(399 / (span.toNanos() / 1e9)).isGreaterThanOrEqualTo(36);
    }

    @Test
    void aPairRateIsSharedToo() throws Exception {
        PostgreSqlSendRateLimiter one = new PostgreSqlSendRateLimiter(dataSource).createTableIfMissing();
        PostgreSqlSendRateLimiter other = new PostgreSqlSendRateLimiter(dataSource);
        RateLimit pair = new RateLimit(2, Duration.ofSeconds(6));
        String key = DEFAULT_PHONE_NUMBER_ID + "/15550001234";

        assertThat(one.reserve(key, pair, Duration.ZERO).granted()).isTrue();
        assertThat(other.reserve(key, pair, Duration.ZERO).granted()).isTrue();
        SendRateLimiter.Reservation third = one.reserve(key, pair, Duration.ofSeconds(1));
        SendRateLimiter.Reservation fourth = other.reserve(key, pair, Duration.ofSeconds(7));

        assertThat(third.granted()).as("the burst of 2 is used up by both instances together").isFalse();
        assertThat(third.delay()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(6));
        assertThat(fourth.granted()).isTrue();
        fourth.cancel();
        assertThat(one.reserve(key, pair, Duration.ofSeconds(7)).delay()).isBetween(Duration.ofSeconds(5),
                Duration.ofSeconds(6));
    }

    /** The Camel Main configuration of docs/flow-control.md, as written there, binds the shared limiter. */
    @Test
    void theDocumentedCamelMainConfigurationBindsTheSharedLimiter() throws Exception {
        new PostgreSqlSendRateLimiter(dataSource).createTableIfMissing();
        Main main = new Main();
        main.addInitialProperty("camel.beans.whatsappDb", "#class:org.postgresql.ds.PGSimpleDataSource");
        main.addInitialProperty("camel.beans.whatsappDb.url",
                postgres.getJdbcUrl("postgres", "postgres"));
        main.addInitialProperty("camel.beans.whatsappDb.user", "postgres");
        main.addInitialProperty("camel.beans.whatsAppCloudSendRateLimiter",
                "#class:dev.camelwhatsapp.cloud.flow.PostgreSqlSendRateLimiter(#bean:whatsappDb)");
        main.addInitialProperty("camel.component.whatsapp-cloud.access-token", DEFAULT_ACCESS_TOKEN);
        main.addInitialProperty("camel.component.whatsapp-cloud.max-messages-per-second", "80");
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            assertThat(FlowDefaults.sendRateLimiter(context)).isInstanceOf(PostgreSqlSendRateLimiter.class);
            Exchange sent = context.createProducerTemplate().request("whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID
                    + "?windowPolicy=off&baseUri=" + emulator.baseUri(),
                    e -> {
                        e.getMessage().setBody("hello");
                        e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15550007777");
                    });
            assertThat(sent.getException()).isNull();
        } finally {
            main.stop();
        }
    }

    static List<CompletableFuture<Exchange>> sendAll(CamelContext context, int from, int count) {
        ProducerTemplate template = context.createProducerTemplate();
        String uri = URI + emulator.baseUri();
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String to = String.valueOf(15_550_000_000L + i);
            sends.add(template.asyncSend(uri, e -> {
                e.getMessage().setBody("hello " + to);
                e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
            }));
        }
        return sends;
    }
}
