package uk.nhs.talent.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;


import uk.nhs.talent.testsupport.KafkaTopicReader;

/**
 * Everything the running system has written outside a service's own answers: every service's log, every record on
 * every topic, and the databases of the services other than the one named. Where personal data must not be found.
 */
public final class SystemTraces {

    /** Every topic of the stack, as deploy/local/start-stack.sh creates them. */
    public static final List<String> TOPICS = List.of("vacancy.events.v1", "talent.events.v1", "slsf.snapshots.v1",
            "vacancy.events.v1.dlq", "talent.events.v1.dlq");

    private SystemTraces() {
    }

    /** Each log file of the stack (services, gateway, broker, Keycloak) with its text. */
    public static Map<Path, String> logs() {
        Path dir = Path.of(System.getProperty("e2e.stack-dir")).resolve("logs");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(file -> file,
                    file -> read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of every record on every topic, with its topic. */
    public static List<String> topicRecords() {
        List<String> values = new ArrayList<>();
        for (String topic : TOPICS) {
            KafkaTopicReader.readAll(RunningStack.KAFKA, topic, Duration.ofSeconds(30))
                    .forEach(record -> values.add(topic + ": " + record.value()));
        }
        return values;
    }

    /** Every row of every table of the service's database, as text ({@code <table>: <row>}). */
    public static List<String> databaseRows(String service) {
        List<String> rows = new ArrayList<>();
        for (String table : query(service, "select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE'")) {
            rows.addAll(query(service, "select '" + table + ": ' || t::text from \"" + table + "\" t"));
        }
        return rows;
    }

    /** The names of every column of every table of the service's database. */
    public static List<String> databaseColumns(String service) {
        return query(service, "select table_name || '.' || column_name from information_schema.columns "
                + "where table_schema = 'public'");
    }

    private static List<String> query(String service, String sql) {
        String url = "jdbc:postgresql://127.0.0.1:5432/" + service + RunningStack.DB_SUFFIX;
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, service, service);
                Statement statement = connection.createStatement();
                ResultSet all = statement.executeQuery(sql)) {
            while (all.next()) {
                rows.add(all.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read database " + url, e);
        }
        return rows;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
