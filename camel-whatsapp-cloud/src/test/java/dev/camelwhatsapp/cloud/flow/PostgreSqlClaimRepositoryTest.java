package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.camelwhatsapp.cloud.test.Postgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Claims of webhook events on a real PostgreSQL server: two instances, one claim each event. */
class PostgreSqlClaimRepositoryTest {

    DataSource database;
    PostgreSqlClaimRepository first;
    PostgreSqlClaimRepository second;

    @BeforeEach
    void start() {
        database = Postgres.newDatabase();
        first = repository(Duration.ofSeconds(30));
        second = repository(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        first.stop();
        second.stop();
    }

    PostgreSqlClaimRepository repository(Duration maxAge) {
        PostgreSqlClaimRepository repository
                = new PostgreSqlClaimRepository(database, maxAge, Duration.ofMillis(200)).createTableIfMissing();
        repository.start();
        return repository;
    }

    @Test
    void ofManyConcurrentClaimsOfTwoInstancesExactlyOneWinsEachEvent() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int event = 0; event < 40; event++) {
                String key = "message:wamid.RACE" + event;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int attempt = 0; attempt < 8; attempt++) {
                    PostgreSqlClaimRepository instance = attempt % 2 == 0 ? first : second;
                    claims.add(threads.submit(() -> {
                        go.await();
                        return instance.add(key);
                    }));
                }
                go.countDown();
                int won = 0;
                for (Future<Boolean> claim : claims) {
                    won += claim.get(10, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(won).as("claims won on " + key).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aClaimIsHeldWhileItsInstanceLivesAndReleasedOnlyByIt() {
        assertThat(first.add("k")).isTrue();
        assertThat(second.add("k")).as("held by the first instance").isFalse();
        assertThat(second.contains("k")).isTrue();
        assertThat(second.remove("k")).as("another instance's claim is not released").isFalse();
        assertThat(first.remove("k")).isTrue();
        assertThat(second.add("k")).as("released: free to claim").isTrue();
    }

    @Test
    void theClaimOfAnInstanceThatStoppedRefreshingItExpiresAndIsTakenOver() {
        PostgreSqlClaimRepository dying = repository(Duration.ofMillis(800));
        PostgreSqlClaimRepository survivor = repository(Duration.ofMillis(800));
        try {
            assertThat(dying.add("k")).isTrue();
            await().during(Duration.ofMillis(1_200)).atMost(Duration.ofSeconds(3))
                    .until(() -> !survivor.add("k")); // kept alive: never taken while its holder lives
            dying.stop(); // what a killed JVM leaves behind
            await().atMost(Duration.ofSeconds(10)).until(() -> survivor.add("k"));
            assertThat(dying.remove("k")).as("the dead instance's late release leaves the new claim").isFalse();
            assertThat(survivor.contains("k")).isTrue();
        } finally {
            dying.stop();
            survivor.stop();
        }
    }

    @Test
    void refusesATableNameThatIsNotPlainAndAKeepAliveNotBelowTheMaxAge() {
        assertThatThrownBy(() -> new PostgreSqlClaimRepository(
                database, "claims; DROP TABLE x", Duration.ofMinutes(2),
                Duration.ofSeconds(20))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostgreSqlClaimRepository(
                database, Duration.ofSeconds(20), Duration.ofSeconds(20)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keepAlive");
    }
}
