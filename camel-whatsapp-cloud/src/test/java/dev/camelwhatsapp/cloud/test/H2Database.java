package dev.camelwhatsapp.cloud.test;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An in-memory H2 database of its own for the JDBC stores' tests, two replicas of a store sharing it as they would
 * share a real one. Registered on a static field it lives for the test class; on an instance field, for each test.
 */
public final class H2Database implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private JdbcConnectionPool pool;
    private boolean perTest;

    @Override
    public void beforeAll(ExtensionContext context) {
        pool = open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (pool == null) {
            perTest = true;
            pool = open();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            close();
        }
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
