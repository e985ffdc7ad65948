package uk.nhs.talent.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and its own single controller), running in this JVM.
 * Tests and the local run get the same broker the services use in production, without Docker.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaRaftServer server;
    private final Admin admin;
    private final String bootstrapServers;
    private final Path dataDir;
    private final boolean ownsDataDir;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KafkaBroker(KafkaRaftServer server, Admin admin, String bootstrapServers, Path dataDir, boolean ownsDataDir) {
        this.server = server;
        this.admin = admin;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
    }

    /**
     * Formats the storage (unless already formatted), starts the broker and returns once it answers clients.
     *
     * @param port    client port, 0 for a free one
     * @param dataDir where the logs go; null for a fresh directory under java.io.tmpdir, deleted on close
     */
    public static KafkaBroker start(int port, Path dataDir) {
        boolean ownsDataDir = dataDir == null;
        Path dir = ownsDataDir ? TempDirs.create("kafka-broker-") : dataDir.toAbsolutePath();
        int clientPort = port == 0 ? FreePorts.pick() : port;
        int controllerPort = FreePorts.pick();
        BrokerLogging.quieten();

        Path logDir = dir.resolve("logs");
        Properties properties = BrokerProperties.combinedMode(clientPort, controllerPort, logDir);
        // a kept data dir (local run) is reused with the cluster id it was formatted with
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            formatStorage(properties, dir);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        String bootstrap = "127.0.0.1:" + clientPort;
        Admin admin = null;
        try {
            server.startup();
            admin = Admin.create(adminConfig(bootstrap));
            awaitReady(admin);
            return new KafkaBroker(server, admin, bootstrap, dir, ownsDataDir);
        } catch (RuntimeException e) {
            if (admin != null) {
                admin.close(Duration.ZERO);
            }
            server.shutdown();
            server.awaitShutdown();
            if (ownsDataDir) {
                TempDirs.deleteQuietly(dir);
            }
            throw e;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates the topics (replication factor 1); topics that already exist are left as they are. */
    public void createTopics(int partitions, String... topics) {
        createTopics(admin, partitions, topics);
    }

    /** Same as {@link #createTopics(int, String...)} against any running broker. */
    public static void createTopics(String bootstrapServers, int partitions, String... topics) {
        try (Admin client = Admin.create(adminConfig(bootstrapServers))) {
            createTopics(client, partitions, topics);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        admin.close(Duration.ofSeconds(5));
        server.shutdown();
        server.awaitShutdown();
        if (ownsDataDir) {
            TempDirs.deleteQuietly(dataDir);
        }
    }

    private static void formatStorage(Properties properties, Path dir) {
        Path config = dir.resolve("server.properties");
        try {
            Files.createDirectories(dir);
            try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                properties.store(writer, "Written by test-support KafkaBroker");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + config, e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {"format", "--config", config.toString(), "--cluster-id", Uuid.randomUuid().toString()};
        int exitCode;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(args, out);
        } catch (Exception e) {
            throw new IllegalStateException("Formatting Kafka storage in " + dir + " failed: " + output, e);
        }
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting Kafka storage in " + dir + " failed: " + output);
        }
    }

    private static Map<String, Object> adminConfig(String bootstrapServers) {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "test-support-admin",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    }

    private static void awaitReady(Admin admin) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            try {
                if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                // not answering yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Kafka", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka broker not ready after " + READY_TIMEOUT);
            }
            Pause.millis(100);
        }
    }

    private static void createTopics(Admin admin, int partitions, String... topics) {
        List<String> wanted = Arrays.stream(topics).map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
        if (wanted.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + TOPIC_TIMEOUT.toNanos();
        for (String topic : wanted) {
            createTopic(admin, new NewTopic(topic, partitions, (short) 1), deadline);
        }
        awaitLeaders(admin, Set.copyOf(wanted), deadline);
    }

    private static void createTopic(Admin admin, NewTopic topic, long deadline) {
        while (true) {
            try {
                admin.createTopics(List.of(topic)).all().get();
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicExistsException) {
                    return;
                }
                // a broker not yet unfenced answers with a retriable error for a moment
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Cannot create topic " + topic.name(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while creating topic " + topic.name(), e);
            }
            Pause.millis(200);
        }
    }

    /** Creation returns before every partition has a leader; clients would log UNKNOWN_TOPIC_OR_PARTITION meanwhile. */
    private static void awaitLeaders(Admin admin, Set<String> topics, long deadline) {
        while (true) {
            try {
                Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames().get();
                boolean allLed = descriptions.values().stream()
                        .flatMap(d -> d.partitions().stream())
                        .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                if (allLed) {
                    return;
                }
            } catch (ExecutionException e) {
                // metadata not propagated yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for topics", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topics without leaders after " + TOPIC_TIMEOUT + ": "
                        + topics.stream().sorted().collect(Collectors.joining(",")));
            }
            Pause.millis(100);
        }
    }
}
