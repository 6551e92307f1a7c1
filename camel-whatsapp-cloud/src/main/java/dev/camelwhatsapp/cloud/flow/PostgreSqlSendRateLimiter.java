package dev.camelwhatsapp.cloud.flow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;

/**
 * A {@link SendRateLimiter} shared by every replica that uses the same PostgreSQL database: N instances sending from
 * one number together keep its throughput and each pair rate. It is the GCRA of {@link InMemorySendRateLimiter}, with
 * the one number per key (the theoretical arrival time of the next send) in a table row:
 *
 * <pre>
 * CREATE TABLE whatsapp_send_slot (
 *     slot_key  VARCHAR(200) PRIMARY KEY,   -- phone number id, or phone number id/recipient
 *     tat_us    BIGINT       NOT NULL      -- theoretical arrival time, epoch microseconds of the database clock
 * )
 * </pre>
 *
 * <p>
 * A reservation is one {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING} statement: PostgreSQL locks the key's row
 * for it, so concurrent replicas are served one after the other, and each gets its own slot. Time is the database's
 * {@code clock_timestamp()}, so the replicas' clocks do not matter. One round trip per slot: fine at Meta's default
 * 80/s, and at 1,000/s on a nearby database. Rows whose time has passed carry no state; every
 * {@value #PURGE_EVERY}th reservation deletes those older than a minute.
 */
public final class PostgreSqlSendRateLimiter implements SendRateLimiter, SharedArrivalWindow {

    /** The default table name. */
    public static final String DEFAULT_TABLE = "whatsapp_send_slot";

    static final int PURGE_EVERY = 1_000;

    /** Longer than any sensible responseTimeout: past it a request of a dead replica no longer holds its place. */
    static final long IN_FLIGHT_EXPIRY_US = 120_000_000L;

    private static final String NOW_US = "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::BIGINT";

    private final DataSource dataSource;
    private final String table;
    private final String reserve;
    private final String peek;
    private final String cancel;
    private final String purge;
    private final AtomicLong reservations = new AtomicLong();
    private final String arrivals;
    private final String lockKey;
    private final String countOccupied;
    private final String insertArrival;
    private final String markAnswered;
    private final String purgeArrivals;

    /**
     * @param dataSource the shared PostgreSQL database
     */
    public PostgreSqlSendRateLimiter(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    /**
     * @param dataSource the shared PostgreSQL database
     * @param table      the table name, optionally schema-qualified (letters, digits, underscores)
     */
    public PostgreSqlSendRateLimiter(DataSource dataSource, String table) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = JdbcTables.plainTableName(table);
        // one statement, one row lock: the base is the later of the stored time and now; the slot is granted (and the
        // time moved on by one interval) only when base - tolerance is at most maxWait away
        this.reserve = "WITH now AS (SELECT " + NOW_US + " AS us) "
                + "INSERT INTO " + table + " AS s (slot_key, tat_us) SELECT ?, now.us + ? FROM now "
                + "ON CONFLICT (slot_key) DO UPDATE SET tat_us = GREATEST(s.tat_us, (SELECT us FROM now)) + ? "
                + "WHERE GREATEST(s.tat_us, (SELECT us FROM now)) - ? - (SELECT us FROM now) <= ? "
                + "RETURNING s.tat_us, (SELECT us FROM now)";
        this.peek = "SELECT tat_us, " + NOW_US + " FROM " + table + " WHERE slot_key = ?";
        this.cancel = "UPDATE " + table + " SET tat_us = tat_us - ? WHERE slot_key = ?";
        this.purge = "DELETE FROM " + table + " WHERE tat_us < " + NOW_US + " - 60000000";
        this.arrivals = table + "_arrival";
        this.lockKey = "SELECT pg_advisory_xact_lock(hashtext(?))";
        // a request that never got its answer recorded (its replica died) stops counting after IN_FLIGHT_EXPIRY
        this.countOccupied = "SELECT count(*) FROM " + arrivals + " WHERE slot_key = ? AND departed_us > " + NOW_US
                + " - " + IN_FLIGHT_EXPIRY_US + " AND (answered_us IS NULL OR answered_us > " + NOW_US
                + " - 1000000)";
        this.insertArrival = "INSERT INTO " + arrivals + " (slot_key, departed_us) VALUES (?, " + NOW_US
                + ") RETURNING id";
        this.markAnswered = "UPDATE " + arrivals + " SET answered_us = departed_us + ? WHERE id = ?";
        this.purgeArrivals = "DELETE FROM " + arrivals + " WHERE answered_us < " + NOW_US
                + " - 2000000 OR departed_us < "
                + NOW_US + " - " + IN_FLIGHT_EXPIRY_US;
    }

    /** Creates the table unless it exists. @return this limiter */
    public PostgreSqlSendRateLimiter createTableIfMissing() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE IF NOT EXISTS " + table
                    + " (slot_key VARCHAR(200) PRIMARY KEY, tat_us BIGINT NOT NULL)");
            statement.executeUpdate("CREATE TABLE IF NOT EXISTS " + arrivals + " (id BIGSERIAL PRIMARY KEY,"
                    + " slot_key VARCHAR(200) NOT NULL, departed_us BIGINT NOT NULL,"
                    + " answered_us BIGINT)");
            statement.executeUpdate("CREATE INDEX IF NOT EXISTS " + arrivals.replace('.', '_') + "_key ON " + arrivals
                    + " (slot_key, departed_us)");
            return this;
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot create the send rate limiter table " + table, e);
        }
    }

    @Override
    public Reservation reserve(String key, RateLimit limit, Duration maxWait) {
        long interval = micros(limit.interval());
        long tolerance = (limit.burst() - 1) * interval;
        long maxWaitUs = micros(maxWait);
        try (Connection connection = dataSource.getConnection()) {
            purgeNowAndThen(connection);
            try (PreparedStatement statement = connection.prepareStatement(reserve)) {
                statement.setString(1, key);
                statement.setLong(2, interval);
                statement.setLong(3, interval);
                statement.setLong(4, tolerance);
                statement.setLong(5, maxWaitUs);
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next()) {
                        // the returned time is the slot's plus one interval
                        long wait = Math.max(0, row.getLong(1) - interval - tolerance - row.getLong(2));
                        return Reservations.granted(Duration.ofNanos(wait * 1_000), () -> giveBack(key, interval));
                    }
                }
            }
            return refused(connection, key, tolerance);
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot reserve a send slot in " + table, e);
        }
    }

    /**
     * Counts and takes the place in one transaction, under an advisory lock on the key, so that two replicas never
     * both take the last place.
     */
    @Override
    public Place tryTake(String key, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Place place = tryTake(connection, key, limit);
                connection.commit();
                return place;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot take a place in the arrival window in " + arrivals, e);
        }
    }

    private Place tryTake(Connection connection, String key, int limit) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(lockKey)) {
            lock.setString(1, key);
            lock.execute();
        }
        if (reservations.incrementAndGet() % PURGE_EVERY == 0) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(purgeArrivals);
            }
        }
        try (PreparedStatement count = connection.prepareStatement(countOccupied)) {
            count.setString(1, key);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                if (row.getLong(1) >= limit) {
                    return null;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(insertArrival)) {
            insert.setString(1, key);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                long id = row.getLong(1);
                long leftAt = System.nanoTime();
                // the answer's time is the departure's plus what this JVM measured: no clock of the replicas matters,
                // and the delay of writing it does not lengthen the request's place
                return answeredAt -> answered(id, Math.max(0, (answeredAt - leftAt) / 1_000));
            }
        }
    }

    private void answered(long id, long inFlightMicros) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(markAnswered)) {
            statement.setLong(1, inFlightMicros);
            statement.setLong(2, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot record an answer in " + arrivals, e);
        }
    }

    private Reservation refused(Connection connection, String key, long tolerance) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(peek)) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                long wait = row.next() ? Math.max(0, row.getLong(1) - tolerance - row.getLong(2)) : 0;
                return Reservations.refused(Duration.ofNanos(wait * 1_000));
            }
        }
    }

    private void purgeNowAndThen(Connection connection) throws SQLException {
        if (reservations.incrementAndGet() % PURGE_EVERY == 0) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(purge);
            }
        }
    }

    private void giveBack(String key, long interval) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(cancel)) {
            statement.setLong(1, interval);
            statement.setString(2, key);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot give a send slot back in " + table, e);
        }
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1_000;
    }
}
