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
 * A {@link ConversationWindowStore} in a database table, so that several replicas of an application (each receiving
 * some of the webhooks, each sending) know the same windows. It speaks plain SQL that every common database runs
 * (H2, PostgreSQL, MySQL/MariaDB, Oracle, SQL Server, Db2), through any JDBC {@link DataSource}:
 *
 * <pre>
 * CREATE TABLE whatsapp_conversation_window (
 *     phone_number_id  VARCHAR(64)  NOT NULL,
 *     user_id          VARCHAR(160) NOT NULL,   -- phone number digits or business-scoped user id
 *     last_inbound_at  BIGINT       NOT NULL,   -- epoch milliseconds of the user's latest message
 *     PRIMARY KEY (phone_number_id, user_id)
 * )
 *
 * CREATE TABLE whatsapp_user_link (          -- which phone number and business-scoped user id are one user
 *     phone_number_id  VARCHAR(64)  NOT NULL,
 *     user_id          VARCHAR(160) NOT NULL,
 *     linked_id        VARCHAR(160) NOT NULL,
 *     PRIMARY KEY (phone_number_id, user_id)
 * )
 * </pre>
 *
 * <p>
 * A link is two rows, one per direction, so that either id finds the other with one key lookup. A business-scoped
 * user id has up to 128 characters after its country code, hence the width of the id columns; a table created with
 * narrower columns before business-scoped user ids existed should be widened.
 *
 * <p>
 * Recording is an update that only moves the time forward, then an insert when there was no row; a concurrent insert
 * of the same key makes the insert fail, after which the update is repeated. So the latest time always wins, without
 * database-specific upsert syntax. Rows whose window has closed are useless; {@link #deleteClosedBefore(Instant)}
 * removes them (call it now and then, e.g. from a Camel timer route).
 */
public final class JdbcConversationWindowStore implements ConversationWindowStore {

    /** The default table name. */
    public static final String DEFAULT_TABLE = "whatsapp_conversation_window";

    /** The default name of the table of phone number ↔ business-scoped user id links. */
    public static final String DEFAULT_LINK_TABLE = "whatsapp_user_link";

    private final DataSource dataSource;
    private final String table;
    private final String update;
    private final String insert;
    private final String select;
    private final String delete;
    private final String linkTable;
    private final String linkUpdate;
    private final String linkInsert;
    private final String linkSelect;
    private final String linkDelete;

    /**
     * @param dataSource the database
     */
    public JdbcConversationWindowStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    /**
     * @param dataSource the database
     * @param table      the table name, optionally schema-qualified (letters, digits, underscores)
     */
    public JdbcConversationWindowStore(DataSource dataSource, String table) {
        this(dataSource, table, DEFAULT_LINK_TABLE);
    }

    /**
     * @param dataSource the database
     * @param table      the table name, optionally schema-qualified (letters, digits, underscores)
     * @param linkTable  the name of the table of phone number ↔ business-scoped user id links, likewise
     */
    public JdbcConversationWindowStore(DataSource dataSource, String table, String linkTable) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = JdbcTables.plainTableName(table);
        this.linkTable = JdbcTables.plainTableName(linkTable);
        this.linkUpdate = "UPDATE " + linkTable + " SET linked_id = ? WHERE phone_number_id = ? AND user_id = ?";
        this.linkInsert = "INSERT INTO " + linkTable + " (phone_number_id, user_id, linked_id) VALUES (?, ?, ?)";
        this.linkSelect = "SELECT linked_id FROM " + linkTable + " WHERE phone_number_id = ? AND user_id = ?";
        this.linkDelete = "DELETE FROM " + linkTable + " WHERE phone_number_id = ? AND user_id = ? AND linked_id = ?";
        this.update = "UPDATE " + table + " SET last_inbound_at = ? WHERE phone_number_id = ? AND user_id = ?"
                + " AND last_inbound_at < ?";
        this.insert = "INSERT INTO " + table + " (phone_number_id, user_id, last_inbound_at) VALUES (?, ?, ?)";
        this.select = "SELECT last_inbound_at FROM " + table + " WHERE phone_number_id = ? AND user_id = ?";
        this.delete = "DELETE FROM " + table + " WHERE last_inbound_at < ?";
    }

    /**
     * Creates the tables when they do not exist yet. Production databases usually get it from a migration tool
     * instead, with the DDL of the class documentation.
     *
     * @return this store
     */
    public JdbcConversationWindowStore createTableIfMissing() {
        JdbcTables.createIfMissing(dataSource, table, "CREATE TABLE " + table
                + " (phone_number_id VARCHAR(64) NOT NULL,"
                + " user_id VARCHAR(160) NOT NULL, last_inbound_at BIGINT NOT NULL,"
                + " PRIMARY KEY (phone_number_id, user_id))");
        JdbcTables.createIfMissing(dataSource, linkTable, "CREATE TABLE " + linkTable
                + " (phone_number_id VARCHAR(64) NOT NULL,"
                + " user_id VARCHAR(160) NOT NULL, linked_id VARCHAR(160) NOT NULL,"
                + " PRIMARY KEY (phone_number_id, user_id))");
        return this;
    }

    @Override
    public void recordInbound(String phoneNumberId, String userId, Instant at) {
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(userId, "userId");
        long millis = at.toEpochMilli();
        try (Connection connection = dataSource.getConnection()) {
            JdbcTables.updateOrInsert(connection, c -> update(c, phoneNumberId, userId, millis),
                    c -> exists(c, phoneNumberId, userId), c -> {
                        try (PreparedStatement statement = c.prepareStatement(insert)) {
                            statement.setString(1, phoneNumberId);
                            statement.setString(2, userId);
                            statement.setLong(3, millis);
                            return statement.executeUpdate();
                        }
                    });
            JdbcTables.commit(connection);
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot record the conversation window of " + phoneNumberId, e);
        }
    }

    @Override
    public Optional<Instant> lastInbound(String phoneNumberId, String userId) {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, phoneNumberId, userId);
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot read the conversation window of " + phoneNumberId, e);
        }
    }

    @Override
    public void linkUserIds(String phoneNumberId, String waId, String businessScopedUserId) {
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(waId, "waId");
        Objects.requireNonNull(businessScopedUserId, "businessScopedUserId");
        Optional<String> formerUserId = linkedUserId(phoneNumberId, waId).filter(id -> !id.equals(
                businessScopedUserId));
        Optional<String> formerWaId = linkedUserId(phoneNumberId, businessScopedUserId).filter(id -> !id.equals(waId));
        try (Connection connection = dataSource.getConnection()) {
            // a user who changed number got a new BSUID: the old pair's reverse rows go
            if (formerUserId.isPresent()) {
                linkStatement(connection, linkDelete, phoneNumberId, formerUserId.get(), waId);
            }
            if (formerWaId.isPresent()) {
                linkStatement(connection, linkDelete, phoneNumberId, formerWaId.get(), businessScopedUserId);
            }
            JdbcTables.commit(connection);
            // one commit per direction: a raced insert rolls back only its own direction
            putLink(connection, phoneNumberId, waId, businessScopedUserId);
            JdbcTables.commit(connection);
            putLink(connection, phoneNumberId, businessScopedUserId, waId);
            JdbcTables.commit(connection);
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot record a user id link of " + phoneNumberId, e);
        }
    }

    @Override
    public Optional<String> linkedUserId(String phoneNumberId, String userId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(linkSelect)) {
            statement.setString(1, phoneNumberId);
            statement.setString(2, userId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot read a user id link of " + phoneNumberId, e);
        }
    }

    private void putLink(Connection connection, String phoneNumberId, String userId, String linkedId)
            throws SQLException {
        // the update sets the link whatever it was: when it changed no row, there is none
        JdbcTables.updateOrInsert(connection, c -> linkStatement(c, linkUpdate, linkedId, phoneNumberId, userId),
                c -> false, c -> linkStatement(c, linkInsert, phoneNumberId, userId, linkedId));
    }

    private static int linkStatement(Connection connection, String sql, String first, String second, String third)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, first);
            statement.setString(2, second);
            statement.setString(3, third);
            return statement.executeUpdate();
        }
    }

    /**
     * Deletes the conversations whose user last wrote before {@code instant}; {@code now - 24 h} removes every closed
     * window.
     *
     * @param  instant the cut-off
     * @return         how many rows were deleted
     */
    public int deleteClosedBefore(Instant instant) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(delete)) {
            statement.setLong(1, instant.toEpochMilli());
            int deleted = statement.executeUpdate();
            JdbcTables.commit(connection);
            return deleted;
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot delete closed conversation windows", e);
        }
    }

    private int update(Connection connection, String phoneNumberId, String userId, long millis) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setLong(1, millis);
            statement.setString(2, phoneNumberId);
            statement.setString(3, userId);
            statement.setLong(4, millis);
            return statement.executeUpdate();
        }
    }

    private boolean exists(Connection connection, String phoneNumberId, String userId) throws SQLException {
        // the update also finds nothing when the row holds a later time: then there is nothing to insert
        return read(connection, phoneNumberId, userId).isPresent();
    }

    private Optional<Instant> read(Connection connection, String phoneNumberId, String userId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setString(1, phoneNumberId);
            statement.setString(2, userId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(Instant.ofEpochMilli(rows.getLong(1))) : Optional.empty();
            }
        }
    }
}
