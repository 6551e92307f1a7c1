package dev.camelwhatsapp.cloud.flow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ThroughputTiers} shared by every replica that uses the same PostgreSQL database: a {@code THROUGHPUT_UPGRADE}
 * webhook received by any one instance raises the number's throughput for the producers of all of them. One row per
 * number:
 *
 * <pre>
 * CREATE TABLE whatsapp_throughput_tier (
 *     phone_number_id      VARCHAR(64) PRIMARY KEY,
 *     messages_per_second  INTEGER     NOT NULL
 * )
 * </pre>
 *
 * <p>
 * A raise is one {@code INSERT ... ON CONFLICT DO UPDATE SET messages_per_second = GREATEST(...)}, so concurrent raises
 * by several replicas keep the highest level and never lower it. The producers read the level before every send; so
 * that this does not cost a round trip per message, each instance re-reads a number's row at most once per
 * {@code refreshInterval} (one second by default) and sends under the level it read last meanwhile. When the database
 * cannot be read, the last level read stays in force and one WARN line says why.
 */
public final class PostgreSqlThroughputTiers implements ThroughputTiers {

    /** The default table name. */
    public static final String DEFAULT_TABLE = "whatsapp_throughput_tier";

    /** How long a level read from the database is used before it is read again, by default. */
    public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(PostgreSqlThroughputTiers.class);

    private final DataSource dataSource;
    private final String table;
    private final long refreshNanos;
    private final String raise;
    private final String select;
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();

    /** A level as read from the database ({@code 0}: no row), and when. */
    private record Reading(int messagesPerSecond, long readAtNanos, boolean failing) {
    }

    /**
     * @param dataSource the shared PostgreSQL database
     */
    public PostgreSqlThroughputTiers(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE, DEFAULT_REFRESH_INTERVAL);
    }

    /**
     * @param dataSource      the shared PostgreSQL database
     * @param table           the table name, optionally schema-qualified (letters, digits, underscores)
     * @param refreshInterval how long a level read is used before it is read again; zero reads on every call
     */
    public PostgreSqlThroughputTiers(DataSource dataSource, String table, Duration refreshInterval) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        JdbcTables.plainTableName(table);
        if (refreshInterval == null || refreshInterval.isNegative()) {
            throw new IllegalArgumentException("refreshInterval must be zero or positive, was " + refreshInterval);
        }
        this.table = table;
        this.refreshNanos = refreshInterval.toNanos();
        this.raise = "INSERT INTO " + table + " AS t (phone_number_id, messages_per_second) VALUES (?, ?) "
                + "ON CONFLICT (phone_number_id) DO UPDATE SET messages_per_second = "
                + "GREATEST(t.messages_per_second, EXCLUDED.messages_per_second)";
        this.select = "SELECT messages_per_second FROM " + table + " WHERE phone_number_id = ?";
    }

    /** Creates the table unless it exists. @return these tiers */
    public PostgreSqlThroughputTiers createTableIfMissing() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE IF NOT EXISTS " + table
                    + " (phone_number_id VARCHAR(64) PRIMARY KEY, messages_per_second INTEGER NOT NULL)");
            return this;
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot create the throughput tiers table " + table, e);
        }
    }

    @Override
    public void raise(String phoneNumberId, int messagesPerSecond) {
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        if (messagesPerSecond <= 0) {
            throw new IllegalArgumentException("messagesPerSecond must be positive, was " + messagesPerSecond);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(raise)) {
            statement.setString(1, phoneNumberId);
            statement.setInt(2, messagesPerSecond);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot record the throughput of number " + phoneNumberId, e);
        }
        // this instance sends under the new level at once; the others within their refresh interval
        readings.merge(phoneNumberId, new Reading(messagesPerSecond, System.nanoTime(), false),
                (old, raised) -> old.messagesPerSecond() >= raised.messagesPerSecond() ? old : raised);
    }

    @Override
    public OptionalInt messagesPerSecond(String phoneNumberId) {
        long now = System.nanoTime();
        Reading reading = readings.get(phoneNumberId);
        if (reading == null || now - reading.readAtNanos() >= refreshNanos) {
            reading = read(phoneNumberId, reading, now);
            readings.put(phoneNumberId, reading);
        }
        return reading.messagesPerSecond() > 0 ? OptionalInt.of(reading.messagesPerSecond()) : OptionalInt.empty();
    }

    private Reading read(String phoneNumberId, Reading previous, long now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setString(1, phoneNumberId);
            try (ResultSet row = statement.executeQuery()) {
                return new Reading(row.next() ? row.getInt(1) : 0, now, false);
            }
        } catch (SQLException e) {
            // a send must not fail because the level cannot be read: the number keeps the last level it had
            if (previous == null || !previous.failing()) {
                LOG.warn("Cannot read the throughput of number {} from table {}, keeping the last level read: {}",
                        phoneNumberId, table, e.getMessage());
            }
            return new Reading(previous == null ? 0 : previous.messagesPerSecond(), now, true);
        }
    }
}
