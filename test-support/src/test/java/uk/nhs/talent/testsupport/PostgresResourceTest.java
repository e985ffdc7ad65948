package uk.nhs.talent.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PostgresResourceTest {

    @Test
    void startGivesAFreshEmptyDatabaseThatStopDrops() throws Exception {
        PostgresResource resource = new PostgresResource();
        resource.init(Map.of(PostgresResource.DATABASE_ARG, "selftest"));
        Map<String, String> config = resource.start();
        String database = resource.databaseName();
        try {
            assertTrue(database.matches("selftest_test_[0-9a-f]{8}"), database);
            assertTrue(config.get("quarkus.datasource.jdbc.url").endsWith("/" + database));

            try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                    config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
                    Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
                    rows.next();
                    assertEquals(0, rows.getInt(1), "fresh database is empty");
                }
                // the owner can create its schema, as Flyway will
                statement.execute("CREATE TABLE probe (id int PRIMARY KEY)");
            }
        } finally {
            resource.stop(); // with the connection pool of a test app still open this must work too
        }
        assertFalse(PostgresAdmin.fromEnvironment().databaseExists(database));
    }
}
