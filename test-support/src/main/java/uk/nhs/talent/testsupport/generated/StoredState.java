package uk.nhs.talent.testsupport.generated;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.nhs.talent.testsupport.ServiceDatabase;

/**
 * What a service's database holds, as one fingerprint per table, to show that a refused request stored
 * nothing: its row count and the newest transaction that wrote one of its rows (PostgreSQL's {@code xmin}), so
 * any insert, update or delete that committed shows. The outbox is drained by its relay meanwhile, so it is compared by
 * the newest event it ever held: a refused request must not have added one.
 */
public final class StoredState implements AutoCloseable {

    /** Tables whose rows only a relay removes: compared by their highest sequence number. */
    private static final Map<String, String> DRAINED = Map.of("outbox_event", "seq");
    private static final Set<String> IGNORED = Set.of("flyway_schema_history");

    private final Connection connection;
    private final List<String> tables = new ArrayList<>();
    /** One statement for every table: this runs after each of thousands of requests. */
    private String query;

    private StoredState(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select table_name from information_schema.tables where table_schema = current_schema() "
                                + "and table_type = 'BASE TABLE' order by table_name")) {
            while (rows.next()) {
                if (!IGNORED.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
    }

    private String query() {
        if (query == null) {
            List<String> parts = new ArrayList<>();
            for (String table : tables) {
                String fingerprint = DRAINED.containsKey(table)
                        ? "coalesce(max(" + DRAINED.get(table) + "), 0)::text"
                        : "count(*) || ':' || coalesce(max(xmin::text::bigint), 0)";
                parts.add("select '" + table + "', " + fingerprint + " from " + table);
            }
            query = String.join(" union all ", parts);
        }
        return query;
    }

    /** Opens the database of the Quarkus application under test, from its own configuration. */
    public static StoredState ofApplicationUnderTest() {
        try {
            return new StoredState(ServiceDatabase.connect());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the service's database", e);
        }
    }

    /** Table → fingerprint, now. */
    public Map<String, String> snapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query())) {
            while (rows.next()) {
                snapshot.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the service's database", e);
        }
        return snapshot;
    }

    /** The tables whose content differs between two snapshots ({@code after} may have drained, not grown). */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((table, fingerprint) -> {
            String now = after.get(table);
            boolean same = DRAINED.containsKey(table)
                    ? Long.parseLong(now) <= Long.parseLong(fingerprint)
                    : fingerprint.equals(now);
            if (!same) {
                changed.add(table);
            }
        });
        return changed;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
