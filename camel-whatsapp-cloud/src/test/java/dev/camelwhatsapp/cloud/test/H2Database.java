package dev.camelwhatsapp.cloud.test;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An in-memory H2 database of a test class's own ({@code @RegisterExtension static final}), for the JDBC stores'
 * tests: two replicas of a store share it as they would share a real one, each test in tables of its own.
 */
public final class H2Database implements BeforeAllCallback, AfterAllCallback {

    private JdbcConnectionPool pool;

    @Override
    public void beforeAll(ExtensionContext context) {
        pool = open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public DataSource dataSource() {
        if (pool == null) {
            throw new IllegalStateException("The database is opened before the tests");
        }
        return pool;
    }

    /** A table name no other test of the database uses, e.g. {@code marketing_1f2e3d4c}. */
    public static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static JdbcConnectionPool open() {
        return JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private void close() {
        if (pool != null) {
            pool.dispose();
            pool = null;
        }
    }
}
