package uk.nhs.talent.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One real Kafka broker per test JVM, shared by every {@code @QuarkusTest} class that names this resource.
 * <p>
 * Init arg {@value #TOPICS_ARG}: comma-separated topics, each created with {@value #PARTITIONS} partitions
 * together with its dead-letter topic {@code <topic>.dlq}. Returns {@code kafka.bootstrap.servers}.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOPICS_ARG = "topics";
    public static final String DLQ_SUFFIX = ".dlq";
    public static final int PARTITIONS = 3;

    private List<String> topics = List.of();

    @Override
    public void init(Map<String, String> initArgs) {
        topics = withDeadLetterTopics(initArgs.getOrDefault(TOPICS_ARG, ""));
    }

    @Override
    public Map<String, String> start() {
        String bootstrap = bootstrapServers();
        KafkaBroker.createTopics(bootstrap, PARTITIONS, topics.toArray(String[]::new));
        return Map.of("kafka.bootstrap.servers", bootstrap);
    }

    @Override
    public void stop() {
        // the broker outlives each Quarkus application; a shutdown hook closes it with the JVM
    }

    /** The shared broker's address, starting the broker if no test has yet. */
    public static String bootstrapServers() {
        return (String) JvmWide.call(SharedKafkaBroker.class, "bootstrapServers");
    }

    static List<String> withDeadLetterTopics(String commaSeparated) {
        List<String> all = new ArrayList<>();
        Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(topic -> !topic.isEmpty())
                .forEach(topic -> {
                    all.add(topic);
                    all.add(topic + DLQ_SUFFIX);
                });
        return List.copyOf(all);
    }
}
