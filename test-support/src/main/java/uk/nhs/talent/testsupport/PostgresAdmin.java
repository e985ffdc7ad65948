package uk.nhs.talent.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Administers the machine's PostgreSQL server: starts it if installed but stopped, creates roles and databases.
 * The admin connection comes from PGHOST, PGPORT, PGUSER, PGPASSWORD (defaults 127.0.0.1, 5432, postgres, none).
 * <p>
 * {@code main} sets up the per-service databases of a local run from {@code role:password:database} triples.
 */
public final class PostgresAdmin {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final String DUPLICATE_OBJECT = "42710";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String UNIQUE_VIOLATION = "23505";

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    public PostgresAdmin(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public static PostgresAdmin fromEnvironment() {
        return new PostgresAdmin(
                env("PGHOST", "127.0.0.1"),
                Integer.parseInt(env("PGPORT", "5432")),
                env("PGUSER", "postgres"),
                env("PGPASSWORD", ""));
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Starts the installed cluster with pg_ctlcluster when nothing answers; fails if it still does not. */
    public void ensureServerRunning() {
        if (isReachable()) {
            return;
        }
        Path pgCtlCluster = Path.of("/usr/bin/pg_ctlcluster");
        if (!Files.isExecutable(pgCtlCluster)) {
            throw new IllegalStateException("PostgreSQL not reachable at " + host + ":" + port
                    + " and pg_ctlcluster is not installed to start it");
        }
        startCluster(pgCtlCluster.toString(), installedVersion());
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!isReachable()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL not reachable at " + host + ":" + port
                        + " " + START_TIMEOUT + " after starting it");
            }
            Pause.millis(250);
        }
    }

    /** Creates the login role, or resets its password if the caller's credentials do not log in. */
    public void ensureRole(String name, String rolePassword) {
        String role = identifier(name);
        String literal = "'" + rolePassword.replace("'", "''") + "'";
        try (Connection connection = connect()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
                executeTolerating(connection, "CREATE ROLE " + role + " WITH LOGIN PASSWORD " + literal,
                        DUPLICATE_OBJECT, UNIQUE_VIOLATION);
            } else if (!canLogIn(role, rolePassword)) {
                // altering only when needed: concurrent ALTERs of one role fail with "tuple concurrently updated"
                execute(connection, "ALTER ROLE " + role + " WITH LOGIN PASSWORD " + literal);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot ensure role " + role, e);
        }
    }

    public void createDatabase(String name, String owner) {
        try (Connection connection = connect()) {
            execute(connection, "CREATE DATABASE " + identifier(name) + " OWNER " + identifier(owner));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** Creates the database unless it exists; an existing one keeps its data and owner. */
    public void ensureDatabase(String name, String owner) {
        try (Connection connection = connect()) {
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", identifier(name))) {
                executeTolerating(connection, "CREATE DATABASE " + identifier(name) + " OWNER " + identifier(owner),
                        DUPLICATE_DATABASE, UNIQUE_VIOLATION);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot ensure database " + name, e);
        }
    }

    public boolean databaseExists(String name) {
        try (Connection connection = connect()) {
            return exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", identifier(name));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up database " + name, e);
        }
    }

    /** Drops the database even while a test's connection pool still holds connections to it. */
    public void dropDatabase(String name) {
        try (Connection connection = connect()) {
            execute(connection, "DROP DATABASE IF EXISTS " + identifier(name) + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop database " + name, e);
        }
    }

    /** {@code role:password:database ...}: one role owning one database per service. */
    public static void main(String[] args) {
        org.jboss.logging.Logger log = LauncherLog.of(PostgresAdmin.class);
        boolean fresh = args.length > 0 && args[0].equals("--fresh");
        if (args.length == (fresh ? 1 : 0)) {
            log.error("usage: PostgresAdmin [--fresh] role:password:database [role:password:database ...]");
            System.exit(2);
        }
        PostgresAdmin admin = fromEnvironment();
        admin.ensureServerRunning();
        for (String triple : java.util.Arrays.copyOfRange(args, fresh ? 1 : 0, args.length)) {
            // role and database are plain identifiers; the password in between may contain colons
            int first = triple.indexOf(':');
            int last = triple.lastIndexOf(':');
            if (first <= 0 || last == first) {
                throw new IllegalArgumentException("Expected role:password:database, got a malformed argument");
            }
            String role = triple.substring(0, first);
            String database = triple.substring(last + 1);
            admin.ensureRole(role, triple.substring(first + 1, last));
            if (fresh && admin.databaseExists(database)) {
                admin.dropDatabase(database);
            }
            admin.ensureDatabase(database, role);
            // never echo the password
            log.infof("PostgreSQL database %s owned by %s at %s", database, role, admin.jdbcUrl(database));
        }
    }

    private boolean isReachable() {
        try (Connection ignored = connect()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean canLogIn(String role, String rolePassword) {
        try (Connection ignored = connect(role, rolePassword)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection connect() throws SQLException {
        return connect(user, password);
    }

    private Connection connect(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("ApplicationName", "test-support");
        return DriverManager.getConnection(jdbcUrl("postgres"), properties);
    }

    private static String installedVersion() {
        try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("\\d+(\\.\\d+)?"))
                    .max(Comparator.comparingDouble(Double::parseDouble))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL cluster under /etc/postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException("No PostgreSQL cluster under /etc/postgresql", e);
        }
    }

    private static void startCluster(String pgCtlCluster, String version) {
        try {
            Process process = new ProcessBuilder(pgCtlCluster, "--skip-systemctl-redirect", version, "main", "start")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            // exit code 2 means "already running", which is what we want
            int exitCode = process.waitFor();
            if (exitCode != 0 && exitCode != 2) {
                throw new IllegalStateException("pg_ctlcluster " + version + " main start failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run pg_ctlcluster", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting PostgreSQL", e);
        }
    }

    private static boolean exists(Connection connection, String query, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Parallel builds may create the same role or database at once; losing that race is fine. */
    private static void executeTolerating(Connection connection, String sql, String... sqlStates) throws SQLException {
        try {
            execute(connection, sql);
        } catch (SQLException e) {
            if (!List.of(sqlStates).contains(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** Identifiers cannot be bind parameters, so only plain lower-case names are accepted. */
    private static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain PostgreSQL identifier: " + name);
        }
        return name;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
