package dev.camelwhatsapp.cloud.flow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code claimRepository} of several instances behind one webhook URL, in one PostgreSQL table: an instance claims
 * an event before routing it, and exactly one of the instances that try at the same time gets it.
 *
 * <p>
 * A claim is one statement: an insert that, when the event's row exists, takes it over only if its holder stopped
 * keeping it alive for {@code maxAge} (it died in the middle of a route). Every instance refreshes the rows it holds
 * every {@code keepAlive}, by the holder id it wrote, so a slow route never loses its claim. Time is the database's,
 * the one clock every instance shares.
 *
 * <p>
 * camel-sql's {@code JdbcOrphanLockAwareIdempotentRepository} does not fit here: its {@code add} first looks for a live
 * claim and then inserts, or, when a row has appeared meanwhile, takes it over with an unconditional update, so two
 * instances claiming a new event at the same moment are both told {@code true}, one having inserted the row and the
 * other having "taken over" the row just inserted (seen with two instances and 50 concurrent deliveries).
 */
public final class PostgreSqlClaimRepository extends ServiceSupport implements IdempotentRepository {

    /** The default table name. */
    public static final String DEFAULT_TABLE = "whatsapp_webhook_claim";

    private static final Logger LOG = LoggerFactory.getLogger(PostgreSqlClaimRepository.class);

    private final DataSource dataSource;
    private final String table;
    private final long maxAgeMillis;
    private final long keepAliveMillis;
    /** This instance's claims are the rows carrying this id; a takeover writes the new holder's. */
    private final String holder = UUID.randomUUID().toString();
    private final String claim;
    private ScheduledExecutorService keepAliveTimer;

    /**
     * @param dataSource the PostgreSQL database every instance shares
     * @param maxAge     how long a claim whose holder stopped refreshing it still counts: longer than a few
     *                   {@code keepAlive} intervals, so a busy instance is never taken for a dead one
     * @param keepAlive  how often this instance refreshes the claims it holds
     */
    public PostgreSqlClaimRepository(DataSource dataSource, Duration maxAge, Duration keepAlive) {
        this(dataSource, DEFAULT_TABLE, maxAge, keepAlive);
    }

    /**
     * @param dataSource the PostgreSQL database every instance shares
     * @param table      the table name, optionally schema-qualified (letters, digits, underscores)
     * @param maxAge     how long a claim whose holder stopped refreshing it still counts
     * @param keepAlive  how often this instance refreshes the claims it holds; less than {@code maxAge}
     */
    public PostgreSqlClaimRepository(DataSource dataSource, String table, Duration maxAge, Duration keepAlive) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = JdbcTables.plainTableName(table);
        if (keepAlive == null || keepAlive.isNegative() || keepAlive.isZero() || maxAge == null
                || maxAge.compareTo(keepAlive) <= 0) {
            throw new IllegalArgumentException(
                    "A claim's keepAlive must be positive and less than its maxAge, was "
                            + keepAlive + " and " + maxAge);
        }
        this.maxAgeMillis = maxAge.toMillis();
        this.keepAliveMillis = keepAlive.toMillis();
        this.claim = "INSERT INTO " + table + " AS c (event_key, holder, claimed_at) VALUES (?, ?, now()) "
                + "ON CONFLICT (event_key) DO UPDATE SET holder = EXCLUDED.holder, claimed_at = now() "
                + "WHERE c.claimed_at < now() - ? * INTERVAL '1 millisecond'";
    }

    /**
     * Creates the table unless it exists.
     *
     * @return this repository
     */
    public PostgreSqlClaimRepository createTableIfMissing() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE IF NOT EXISTS " + table + " (event_key VARCHAR(200) PRIMARY KEY,"
                    + " holder VARCHAR(36) NOT NULL, claimed_at TIMESTAMPTZ NOT NULL)");
            JdbcTables.commit(connection);
            return this;
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot create the claims table " + table, e);
        }
    }

    /** Claims the event: {@code true} for exactly one of the instances that try while nobody holds it. */
    @Override
    public boolean add(String key) {
        return update(claim, key, holder, maxAgeMillis) == 1;
    }

    /** Whether an instance holds a live claim on the event. */
    @Override
    public boolean contains(String key) {
        String query = "SELECT 1 FROM " + table + " WHERE event_key = ? AND claimed_at >= now() - ? * INTERVAL"
                + " '1 millisecond'";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, key);
            statement.setLong(2, maxAgeMillis);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot read the claim of an event in " + table, e);
        }
    }

    /** Releases this instance's claim; a claim another instance took over stays theirs. */
    @Override
    public boolean remove(String key) {
        return update("DELETE FROM " + table + " WHERE event_key = ? AND holder = ?", key, holder) == 1;
    }

    /** Nothing to confirm: a claim lives from {@link #add} to {@link #remove}. */
    @Override
    public boolean confirm(String key) {
        return true;
    }

    /** Releases every claim this instance holds. */
    @Override
    public void clear() {
        update("DELETE FROM " + table + " WHERE holder = ?", holder);
    }

    @Override
    protected void doStart() {
        keepAliveTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "WhatsAppCloudClaimKeepAlive");
            thread.setDaemon(true);
            return thread;
        });
        keepAliveTimer.scheduleWithFixedDelay(this::keepAlive, keepAliveMillis, keepAliveMillis,
                TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        if (keepAliveTimer != null) {
            keepAliveTimer.shutdownNow();
            keepAliveTimer = null;
        }
    }

    private void keepAlive() {
        try {
            update("UPDATE " + table + " SET claimed_at = now() WHERE holder = ?", holder);
        } catch (RuntimeException databaseDown) {
            // the next refresh tries again; only maxAge without one lets another instance take the claims
            LOG.warn("Could not refresh this instance's webhook event claims: {}", databaseDown.getMessage());
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            int changed = statement.executeUpdate();
            JdbcTables.commit(connection);
            return changed;
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot write the claims of webhook events in " + table, e);
        }
    }
}
