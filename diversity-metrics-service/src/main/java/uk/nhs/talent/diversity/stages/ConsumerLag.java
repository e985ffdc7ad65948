package uk.nhs.talent.diversity.stages;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

/**
 * Whether the read model has applied everything that was on both topics when asked: the consumers' committed
 * offsets (a record's offset is committed once it is applied) against the topics' ends at that moment. A quarter
 * published from a read model still being rebuilt, after a fresh start or a replay, would be published short and
 * never corrected; events arriving meanwhile belong to the quarter under way, so they are not waited for.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final List<String> CHANNELS = List.of(PipelineEventsConsumer.VACANCY_CHANNEL,
            PipelineEventsConsumer.TALENT_CHANNEL);
    private static final Duration ASK_AT_MOST = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaClientService clients;

    public ConsumerLag(KafkaClientService clients) {
        this.clients = clients;
    }

    /**
     * Waits until both consumers have applied every record on their partitions as they end now; false when the
     * timeout passes first, or while a consumer has no partition yet.
     */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        Map<String, Map<TopicPartition, Long>> targets = new HashMap<>();
        for (String channel : CHANNELS) {
            Map<TopicPartition, Long> ends = ask(channel, kafka -> {
                Set<TopicPartition> assigned = kafka.assignment();
                return assigned.isEmpty() ? Map.<TopicPartition, Long>of() : kafka.endOffsets(assigned);
            });
            if (ends == null || ends.isEmpty()) {
                return false;
            }
            targets.put(channel, ends);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!applied(targets)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }

    private boolean applied(Map<String, Map<TopicPartition, Long>> targets) {
        for (Map.Entry<String, Map<TopicPartition, Long>> channel : targets.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = ask(channel.getKey(),
                    kafka -> kafka.committed(channel.getValue().keySet()));
            if (committed == null) {
                return false;
            }
            for (Map.Entry<TopicPartition, Long> end : channel.getValue().entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                if (end.getValue() > (done == null ? 0 : done.offset())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Runs on the channel's polling thread (a Kafka consumer is not thread-safe); null without a consumer. */
    private <R> R ask(String channel,
            java.util.function.Function<org.apache.kafka.clients.consumer.Consumer<Object, Object>, R> question) {
        KafkaConsumer<Object, Object> consumer = clients.getConsumer(channel);
        return consumer == null ? null : consumer.runOnPollingThread(question).await().atMost(ASK_AT_MOST);
    }
}
