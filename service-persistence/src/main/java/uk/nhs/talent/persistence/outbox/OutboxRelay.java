package uk.nhs.talent.persistence.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import uk.nhs.talent.events.CloudEventCodec;

/**
 * Publishes the outbox to Kafka in insertion order and deletes what the broker acknowledged. A transaction-scoped
 * advisory lock lets one relay run at a time across instances; a crash after sending and before deleting only
 * means the same events (same ids) are sent again, which idempotent consumers ignore.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant: all relays of one database compete for it. */
    private static final long LOCK_KEY = 0x6f7574626f78L;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxConfig config;

    @Inject
    @Channel(CHANNEL)
    MutinyEmitter<String> emitter;

    @Scheduled(every = "${talent.outbox.poll-interval}", delayed = "${talent.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishOnSchedule() {
        try {
            // Drain the backlog: a full batch means there may be more waiting.
            while (publishPending() == config.batchSize()) {
                LOG.debug("Outbox relay: full batch published, continuing");
            }
        } catch (RuntimeException e) {
            // Left unpublished: the next run tries again.
            LOG.warnf("Outbox relay run failed: %s", e.getClass().getName());
        }
    }

    /** Publishes one batch; returns how many events the broker acknowledged. */
    @Transactional
    public int publishPending() {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxEvent> batch = entityManager
                .createQuery("from OutboxEvent e order by e.seq", OutboxEvent.class)
                .setMaxResults(config.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        // Send the whole batch before waiting: the idempotent producer keeps the order within a partition.
        List<Uni<Void>> acks = batch.stream().map(this::send).toList();
        Uni.join().all(acks).andFailFast().await().atMost(Duration.ofMillis(config.sendTimeout().toMillis()));
        entityManager.createQuery("delete from OutboxEvent e where e.id in :ids")
                .setParameter("ids", batch.stream().map(event -> event.id).toList())
                .executeUpdate();
        return batch.size();
    }

    private Uni<Void> send(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEventCodec.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.recordKey)
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(event.payload).addMetadata(metadata));
    }
}
