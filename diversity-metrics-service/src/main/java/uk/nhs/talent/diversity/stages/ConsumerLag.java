package uk.nhs.talent.diversity.stages;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

/**
 * Whether the read model has applied everything on both topics: what the consumers committed (offsets are
 * committed once a record is applied) against the topics' ends. A quarter published from a read model still being
 * rebuilt, after a fresh start or a replay, would be published short and never corrected.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Duration ASK_AT_MOST = Duration.ofSeconds(30);

    private final KafkaClientService clients;

    public ConsumerLag(KafkaClientService clients) {
        this.clients = clients;
    }

    /** Records not yet applied on both topics; {@link Long#MAX_VALUE} while a consumer has no partition yet. */
    public long behind() {
        long behind = 0;
        for (String channel : List.of(PipelineEventsConsumer.VACANCY_CHANNEL, PipelineEventsConsumer.TALENT_CHANNEL)) {
            KafkaConsumer<Object, Object> consumer = clients.getConsumer(channel);
            if (consumer == null) {
                return Long.MAX_VALUE;
            }
            long channelBehind = consumer.runOnPollingThread(kafka -> {
                Set<TopicPartition> assigned = kafka.assignment();
                if (assigned.isEmpty()) {
                    return Long.MAX_VALUE;
                }
                Map<TopicPartition, Long> ends = kafka.endOffsets(assigned);
                Map<TopicPartition, OffsetAndMetadata> committed = kafka.committed(assigned);
                long sum = 0;
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                    OffsetAndMetadata done = committed.get(end.getKey());
                    sum += Math.max(0, end.getValue() - (done == null ? 0 : done.offset()));
                }
                return sum;
            }).await().atMost(ASK_AT_MOST);
            if (channelBehind == Long.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
            behind += channelBehind;
        }
        return behind;
    }
}
