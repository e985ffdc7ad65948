package uk.nhs.talent.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what services published, from the beginning of a topic, without disturbing their consumer groups. */
public final class KafkaTopicReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private KafkaTopicReader() {
    }

    /** Every committed record on the topic when the call starts; fewer if the timeout passes first. */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, String topic, Duration timeout) {
        return readAll(bootstrapServers, topic, timeout, new StringDeserializer());
    }

    /** As {@link #readAll(String, String, Duration)}, values as the bytes a consuming service receives. */
    public static List<ConsumerRecord<String, byte[]>> readAllBytes(String bootstrapServers, String topic,
            Duration timeout) {
        return readAll(bootstrapServers, topic, timeout, new ByteArrayDeserializer());
    }

    private static <V> List<ConsumerRecord<String, V>> readAll(String bootstrapServers, String topic, Duration timeout,
            Deserializer<V> values) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, V> consumer = newConsumer(bootstrapServers, values)) {
            List<TopicPartition> partitions = assignFromBeginning(consumer, topic, deadline);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, V>> records = new ArrayList<>();
            while (!reached(consumer, end) && System.nanoTime() < deadline) {
                consumer.poll(POLL).forEach(records::add);
            }
            return records;
        }
    }

    /**
     * Polls the topic from the beginning until {@code until} holds for all records read so far, or the timeout
     * passes. Returns the records either way, so the caller's assertion shows what arrived.
     */
    public static List<ConsumerRecord<String, String>> awaitRecords(String bootstrapServers, String topic,
            Duration timeout, Predicate<List<ConsumerRecord<String, String>>> until) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = newConsumer(bootstrapServers, new StringDeserializer())) {
            assignFromBeginning(consumer, topic, deadline);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (!until.test(List.copyOf(records)) && System.nanoTime() < deadline) {
                consumer.poll(POLL).forEach(records::add);
            }
            return List.copyOf(records);
        }
    }

    private static <V> KafkaConsumer<String, V> newConsumer(String bootstrapServers, Deserializer<V> values) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // a fresh group each time: never steals partitions from, nor commits for, a service's group
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // what a consuming service would see: aborted outbox transactions never appear
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return new KafkaConsumer<>(config, new StringDeserializer(), values);
    }

    private static List<TopicPartition> assignFromBeginning(KafkaConsumer<String, ?> consumer, String topic,
            long deadline) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        while ((infos == null || infos.isEmpty()) && System.nanoTime() < deadline) {
            sleep();
            infos = consumer.partitionsFor(topic);
        }
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("Topic " + topic + " does not exist");
        }
        List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    private static boolean reached(KafkaConsumer<String, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
