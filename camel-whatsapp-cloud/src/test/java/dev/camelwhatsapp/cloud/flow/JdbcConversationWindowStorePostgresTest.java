package dev.camelwhatsapp.cloud.flow;

import dev.camelwhatsapp.cloud.test.Postgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The JDBC store's scenarios against a real PostgreSQL server: its upsert and table creation in PostgreSQL's
 * dialect, with replicas writing concurrently.
 */
class JdbcConversationWindowStorePostgresTest extends JdbcConversationWindowStoreTest {

    @Override
    @BeforeEach
    void database() {
        dataSource = Postgres.newDatabase();
    }

    @Override
    @AfterEach
    void close() {
        // the database is dropped with the server at the end of the test run
    }
}
