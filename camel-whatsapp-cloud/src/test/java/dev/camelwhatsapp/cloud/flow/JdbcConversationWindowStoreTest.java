package dev.camelwhatsapp.cloud.flow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JDBC store against an embedded H2 database, as two replicas would use it: two store instances over one
 * database.
 */
class JdbcConversationWindowStoreTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    DataSource dataSource;

    @BeforeEach
    void database() {
        dataSource = JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @AfterEach
    void close() {
        ((JdbcConnectionPool) dataSource).dispose();
    }

    @Test
    void replicasSharingTheDatabaseSeeEachOthersWindows() {
        ConversationWindowStore consumerReplica = new JdbcConversationWindowStore(dataSource).createTableIfMissing();
        ConversationWindowStore producerReplica = new JdbcConversationWindowStore(dataSource).createTableIfMissing();

        assertThat(producerReplica.isOpen("106540352242922", "15551234567", T0)).isFalse();
        consumerReplica.recordInbound("106540352242922", "15551234567", T0);

        assertThat(producerReplica.lastInbound("106540352242922", "15551234567")).contains(T0);
        assertThat(producerReplica.isOpen("106540352242922", "15551234567", T0.plus(Duration.ofHours(23))))
                .isTrue();
        assertThat(producerReplica.isOpen("106540352242922", "15551234567",
                T0.plus(Duration.ofHours(24)).plusSeconds(1))).isFalse();
    }

    @Test
    void keepsTheLatestTimeWhateverTheOrderOfRecords() {
        JdbcConversationWindowStore store = new JdbcConversationWindowStore(dataSource).createTableIfMissing();

        store.recordInbound("n", "u", T0.plusSeconds(30));
        store.recordInbound("n", "u", T0);
        store.recordInbound("n", "u", T0.plusSeconds(30));

        assertThat(store.lastInbound("n", "u")).contains(T0.plusSeconds(30));
        assertThat(rows()).isEqualTo(1);
        store.recordInbound("n", "u", T0.plusSeconds(31));
        assertThat(store.lastInbound("n", "u")).contains(T0.plusSeconds(31));
    }

    @Test
    void concurrentFirstRecordsOfOneConversationFromSeveralReplicasKeepTheMaximum() throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        for (int r = 0; r < 4; r++) {
            JdbcConversationWindowStore replica = new JdbcConversationWindowStore(dataSource).createTableIfMissing();
            int offset = r;
            replicas.execute(() -> {
                for (int i = 0; i < 100; i++) {
                    replica.recordInbound("n", "u" + (i % 10), T0.plusMillis(i * 4L + offset));
                }
            });
        }
        replicas.shutdown();
        assertThat(replicas.awaitTermination(20, TimeUnit.SECONDS)).isTrue();

        JdbcConversationWindowStore store = new JdbcConversationWindowStore(dataSource);
        assertThat(store.lastInbound("n", "u9")).contains(T0.plusMillis(99 * 4L + 3));
        assertThat(rows()).isEqualTo(10);
    }

    @Test
    void closedWindowsCanBeDeleted() {
        JdbcConversationWindowStore store = new JdbcConversationWindowStore(dataSource, "public.windows")
                .createTableIfMissing();
        store.recordInbound("n", "old", T0);
        store.recordInbound("n", "recent", T0.plus(Duration.ofHours(20)));

        int deleted = store.deleteClosedBefore(T0.plus(Duration.ofHours(25)).minus(ConversationWindowStore.WINDOW));

        assertThat(deleted).isEqualTo(1);
        assertThat(store.lastInbound("n", "old")).isEmpty();
        assertThat(store.lastInbound("n", "recent")).isPresent();
    }

    @Test
    void tableNamesAreOnlyPlainIdentifiers() {
        assertThatThrownBy(() -> new JdbcConversationWindowStore(dataSource, "windows; DROP TABLE users"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table name");
    }

    private int rows() {
        try (Connection connection = dataSource.getConnection();
             ResultSet count = connection.createStatement()
                     .executeQuery("SELECT COUNT(*) FROM " + JdbcConversationWindowStore.DEFAULT_TABLE)) {
            count.next();
            return count.getInt(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
