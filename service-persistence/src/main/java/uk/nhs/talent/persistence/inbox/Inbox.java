package uk.nhs.talent.persistence.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.cloudevents.CloudEvent;

/**
 * The consumed events of each consumer, by CloudEvent {@code source} and {@code id}: written in the transaction
 * of the event's effect, so that the effect and "this event was handled" commit or roll back together.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;
    private final Clock clock;

    public Inbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Records the events for {@code consumer} in one statement.
     *
     * @return the keys ({@link #key}) of those not recorded before: a key is in it once even if the event is twice
     *         in {@code deliveries}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<String> firstDeliveries(String consumer, List<IncomingEvents.Delivery> deliveries) {
        int size = deliveries.size();
        String[] keys = new String[size];
        String[] sources = new String[size];
        String[] ids = new String[size];
        String[] types = new String[size];
        String[] topics = new String[size];
        Integer[] partitions = new Integer[size];
        Long[] offsets = new Long[size];
        for (int i = 0; i < size; i++) {
            CloudEvent event = deliveries.get(i).event();
            ConsumerRecord<?, ?> record = deliveries.get(i).record();
            keys[i] = key(event);
            sources[i] = event.getSource().toString();
            ids[i] = event.getId();
            types[i] = event.getType();
            topics[i] = record.topic();
            partitions[i] = record.partition();
            offsets[i] = record.offset();
        }
        @SuppressWarnings("unchecked")
        List<String> recorded = entityManager.createNativeQuery("""
                insert into inbox_event (consumer, event_key, source, event_id, type, topic, kafka_partition,
                                         kafka_offset, consumed_at)
                select :consumer, e.event_key, e.source, e.event_id, e.type, e.topic, e.kafka_partition,
                       e.kafka_offset, :now
                from unnest(cast(:keys as text[]), cast(:sources as text[]), cast(:ids as text[]),
                            cast(:types as text[]), cast(:topics as text[]), cast(:partitions as integer[]),
                            cast(:offsets as bigint[])) as e(event_key, source, event_id, type, topic,
                                                   kafka_partition, kafka_offset)
                on conflict do nothing
                returning event_key""")
                .setParameter("consumer", consumer)
                .setParameter("keys", keys)
                .setParameter("sources", sources)
                .setParameter("ids", ids)
                .setParameter("types", types)
                .setParameter("topics", topics)
                .setParameter("partitions", partitions)
                .setParameter("offsets", offsets)
                .setParameter("now", OffsetDateTime.now(clock))
                .getResultList();
        return new HashSet<>(recorded);
    }

    static String key(CloudEvent event) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((event.getSource() + "\n" + event.getId()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
