package uk.nhs.talent.persistence.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.cloudevents.CloudEvent;
import uk.nhs.talent.events.CloudEventCodec;

/** Where a service writes the events of a change, inside the change's own transaction. */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final Clock clock;

    public Outbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Records the event for publication to {@code topic}, keyed by its subject (the aggregate id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String topic, CloudEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(event.getId());
        row.topic = topic;
        row.recordKey = event.getSubject();
        row.type = event.getType();
        row.payload = new String(CloudEventCodec.toStructuredJson(event), StandardCharsets.UTF_8);
        row.createdAt = OffsetDateTime.now(clock);
        entityManager.persist(row);
    }
}
