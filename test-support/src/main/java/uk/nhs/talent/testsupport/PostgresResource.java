package uk.nhs.talent.testsupport;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh, empty database on the machine's PostgreSQL server for each start, dropped on stop, so test runs
 * (and parallel module builds) never see each other's rows. Init arg {@value #DATABASE_ARG} names the prefix
 * (default {@code app}): the database is {@code <prefix>_test_<8 hex>}, owned by role {@value #ROLE}.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String ROLE = "talent_test";
    public static final String PASSWORD = "talent_test";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PostgresAdmin admin = PostgresAdmin.fromEnvironment();
    private String prefix = "app";
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault(DATABASE_ARG, prefix);
    }

    @Override
    public Map<String, String> start() {
        admin.ensureServerRunning();
        admin.ensureRole(ROLE, PASSWORD);
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        database = prefix + "_test_" + HexFormat.of().formatHex(suffix);
        admin.createDatabase(database, ROLE);
        return Map.of(
                "quarkus.datasource.jdbc.url", admin.jdbcUrl(database),
                "quarkus.datasource.username", ROLE,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        if (database != null) {
            admin.dropDatabase(database);
            database = null;
        }
    }

    /** The database of the current start, or null when stopped. */
    public String databaseName() {
        return database;
    }
}
