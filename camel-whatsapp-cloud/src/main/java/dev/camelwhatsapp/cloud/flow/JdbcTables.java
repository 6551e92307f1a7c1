package dev.camelwhatsapp.cloud.flow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;

/**
 * How the stores that keep flow control state in a database table name, create and write their rows, in plain SQL
 * that every common database runs. Writing is an update first and an insert when there was no row; two replicas
 * inserting the same key at once are told apart by the key's constraint, and the loser updates the winner's row.
 */
final class JdbcTables {

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    /** One statement on a connection, answering how many rows it changed. */
    @FunctionalInterface
    interface Write {
        int run(Connection connection) throws SQLException;
    }

    /** Whether a key has a row, asked when an update changed none. */
    @FunctionalInterface
    interface RowCheck {
        boolean exists(Connection connection) throws SQLException;
    }

    private JdbcTables() {
    }

    /**
     * @param  table                    a table name, optionally schema-qualified
     * @return                          the name
     * @throws IllegalArgumentException unless it is letters, digits and underscores
     */
    static String plainTableName(String table) {
        if (table == null || !TABLE_NAME.matcher(table).matches()) {
            // the name goes into SQL text: only plain identifiers, never anything that could inject
            throw new IllegalArgumentException("Not a plain table name: " + table);
        }
        return table;
    }

    /**
     * Creates a table unless a query on it succeeds; works on databases without {@code CREATE TABLE IF NOT EXISTS}.
     *
     * @param dataSource the database
     * @param name       the table name
     * @param ddl        its {@code CREATE TABLE} statement
     */
    static void createIfMissing(DataSource dataSource, String name, String ddl) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try {
                statement.executeQuery("SELECT 1 FROM " + name + " WHERE 1 = 0").close();
            } catch (SQLException missing) {
                rollback(connection);
                statement.executeUpdate(ddl);
                commit(connection);
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("Cannot create the table " + name, e);
        }
    }

    /**
     * Updates a key's row, or inserts it when there is none; not committed.
     *
     * @param connection the connection, in a transaction or not
     * @param update     the update; changes no row when there is none, or when the row is newer than the update
     * @param exists     whether the key has a row when the update changed none (a newer row needs no insert)
     * @param insert     the insert
     */
    static void updateOrInsert(Connection connection, Write update, RowCheck exists, Write insert)
            throws SQLException {
        if (update.run(connection) > 0 || exists.exists(connection)) {
            return;
        }
        try {
            insert.run(connection);
        } catch (SQLException raced) {
            // another replica inserted the same key meanwhile: its row exists now, update it
            if (!isConstraintViolation(raced)) {
                throw raced;
            }
            rollback(connection);
            update.run(connection);
        }
    }

    static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static void rollback(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
    }

    private static boolean isConstraintViolation(SQLException e) {
        // SQLState class 23: integrity constraint violation, the standard code for a duplicate key
        return e instanceof SQLIntegrityConstraintViolationException
                || e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
