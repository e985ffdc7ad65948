package uk.nhs.talent.persistence.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;

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

    /** Records the event for {@code consumer}; false if it was recorded before (a redelivery: skip it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, CloudEvent event, ConsumerRecord<?, ?> record) {
        return entityManager.createNativeQuery("""
                insert into inbox_event (consumer, event_key, source, event_id, type, topic, kafka_partition,
                                         kafka_offset, consumed_at)
                values (:consumer, :key, :source, :id, :type, :topic, :partition, :offset, :now)
                on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("key", key(event))
                .setParameter("source", event.getSource().toString())
                .setParameter("id", event.getId())
                .setParameter("type", event.getType())
                .setParameter("topic", record.topic())
                .setParameter("partition", record.partition())
                .setParameter("offset", record.offset())
                .setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate() == 1;
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
