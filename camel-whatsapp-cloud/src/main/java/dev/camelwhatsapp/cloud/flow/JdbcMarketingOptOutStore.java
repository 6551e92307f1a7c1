package dev.camelwhatsapp.cloud.flow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;

/**
 * A {@link MarketingOptOutStore} in a database table, so that several replicas of an application (each receiving some
 * of the webhooks, each sending) know the same opt-outs. Plain SQL over any JDBC {@link DataSource}, like
 * {@link JdbcConversationWindowStore}:
 *
 * <pre>
 * CREATE TABLE whatsapp_marketing_preference (
 *     phone_number_id  VARCHAR(64)  NOT NULL,
 *     user_id          VARCHAR(160) NOT NULL,   -- phone number digits or business-scoped user id
 *     opted_out        SMALLINT     NOT NULL,   -- 1 after "stop" or 131050, 0 after "resume"
 *     preference_at    BIGINT       NOT NULL,   -- epoch milliseconds of the latest preference, 0 for none
 *     limited_at       BIGINT       NOT NULL,   -- epoch milliseconds of the latest 131049, 0 for none
 *     limited_until    BIGINT       NOT NULL,   -- no marketing template before this, 0 for none
 *     PRIMARY KEY (phone_number_id, user_id)
 * )
 * </pre>
 *
 * <p>
 * Each record is an update that only moves its time forward, then an insert when there was no row; a concurrent
 * insert of the same key makes the insert fail, after which the update is repeated. Meta's timestamps have whole
 * seconds, so of two preferences in one second the one recorded last wins.
 */
public final class JdbcMarketingOptOutStore implements MarketingOptOutStore {

    /** The default table name. */
    public static final String DEFAULT_TABLE = "whatsapp_marketing_preference";

    private final DataSource dataSource;
    private final String table;
    private final String updatePreference;
    private final String updateLimit;
    private final String insert;
    private final String select;

    /**
     * @param dataSource the database
     */
    public JdbcMarketingOptOutStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    /**
     * @param dataSource the database
     * @param table      the table name, optionally schema-qualified (letters, digits, underscores)
     */
    public JdbcMarketingOptOutStore(DataSource dataSource, String table) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = JdbcTables.plainTableName(table);
        this.updatePreference = "UPDATE " + table + " SET opted_out = ?, preference_at = ? WHERE phone_number_id = ?"
                + " AND user_id = ? AND preference_at <= ?";
        this.updateLimit = "UPDATE " + table + " SET limited_at = ?, limited_until = ? WHERE phone_number_id = ?"
                + " AND user_id = ? AND limited_until < ?";
        this.insert = "INSERT INTO " + table + " (phone_number_id, user_id, opted_out, preference_at, limited_at,"
                + " limited_until) VALUES (?, ?, ?, ?, ?, ?)";
        this.select = "SELECT opted_out, preference_at, limited_at, limited_until FROM " + table
                + " WHERE phone_number_id = ? AND user_id = ?";
    }

    /**
     * Creates the table when it does not exist yet; production databases usually get it from a migration tool.
     *
     * @return this store
     */
    public JdbcMarketingOptOutStore createTableIfMissing() {
        JdbcTables.createIfMissing(dataSource, table, "CREATE TABLE " + table
                + " (phone_number_id VARCHAR(64) NOT NULL,"
                + " user_id VARCHAR(160) NOT NULL, opted_out SMALLINT NOT NULL,"
                + " preference_at BIGINT NOT NULL, limited_at BIGINT NOT NULL,"
                + " limited_until BIGINT NOT NULL,"
                + " PRIMARY KEY (phone_number_id, user_id))");
        return this;
    }

    @Override
    public void recordPreference(String phoneNumberId, String userId, boolean optedOut, Instant at) {
        long millis = at.toEpochMilli();
        upsert(phoneNumberId, userId, updatePreference, new Object[]{ optedOut ? 1 : 0, millis }, millis,
                new Object[]{ optedOut ? 1 : 0, millis, 0L, 0L });
    }

    @Override
    public void recordMarketingLimit(String phoneNumberId, String userId, Instant at, Instant until) {
        long untilMillis = until.toEpochMilli();
        upsert(phoneNumberId, userId, updateLimit, new Object[]{ at.toEpochMilli(), untilMillis }, untilMillis,
                new Object[]{ 0, 0L, at.toEpochMilli(), untilMillis });
    }

    @Override
    public Optional<MarketingBlock> blockOf(String phoneNumberId, String userId, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setString(1, phoneNumberId);
            statement.setString(2, userId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                if (row.getInt(1) == 1) {
                    return Optional.of(new MarketingBlock(
                            MarketingBlock.Reason.OPTED_OUT,
                            Instant.ofEpochMilli(row.getLong(2)), null));
                }
                Instant until = Instant.ofEpochMilli(row.getLong(4));
                return now.isBefore(until)
                        ? Optional.of(new MarketingBlock(
                                MarketingBlock.Reason.MARKETING_LIMIT,
                                Instant.ofEpochMilli(row.getLong(3)), until))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot read the marketing preference of a user of " + phoneNumberId, e);
        }
    }

    private void upsert(String phoneNumberId, String userId, String update, Object[] set, long newerThan,
                        Object[] insertValues) {
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(userId, "userId");
        try (Connection connection = dataSource.getConnection()) {
            JdbcTables.updateOrInsert(connection, c -> update(c, update, set, phoneNumberId, userId, newerThan),
                    c -> exists(c, phoneNumberId, userId), c -> {
                        try (PreparedStatement statement = c.prepareStatement(insert)) {
                            statement.setString(1, phoneNumberId);
                            statement.setString(2, userId);
                            for (int i = 0; i < insertValues.length; i++) {
                                statement.setObject(3 + i, insertValues[i]);
                            }
                            return statement.executeUpdate();
                        }
                    });
            JdbcTables.commit(connection);
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot record the marketing preference of a user of " + phoneNumberId, e);
        }
    }

    private static int update(Connection connection, String sql, Object[] set, String phoneNumberId, String userId,
                              long newerThan)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, set[0]);
            statement.setObject(2, set[1]);
            statement.setString(3, phoneNumberId);
            statement.setString(4, userId);
            statement.setLong(5, newerThan);
            return statement.executeUpdate();
        }
    }

    private boolean exists(Connection connection, String phoneNumberId, String userId) throws SQLException {
        // the update also finds nothing when the row holds a later time: then there is nothing to insert
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setString(1, phoneNumberId);
            statement.setString(2, userId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
