package uk.nhs.talent.diversity.stages;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.talent.TalentEvents;
import uk.nhs.talent.events.vacancy.VacancyEvents;
import uk.nhs.talent.persistence.inbox.IncomingEventBatches;
import uk.nhs.talent.persistence.inbox.PoisonEvent;

/**
 * Consumes vacancy.events.v1 and talent.events.v1 the one way every service does (IncomingEventBatches: a poll's
 * records in one transaction, so that a rebuild from the start keeps pace with the topics): once per event, in
 * order per aggregate, a record that can never be applied alone to the topic's dead-letter topic.
 */
@ApplicationScoped
public class PipelineEventsConsumer {

    public static final String VACANCY_CHANNEL = "vacancy-events";
    public static final String TALENT_CHANNEL = "talent-events";

    private final IncomingEventBatches batches;
    private final PipelineStages stages;

    public PipelineEventsConsumer(IncomingEventBatches batches, PipelineStages stages) {
        this.batches = batches;
        this.stages = stages;
    }

    @Incoming(VACANCY_CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeVacancyEvents(KafkaRecordBatch<String, byte[]> batch) {
        return batches.process(VACANCY_CHANNEL, batch, this::applyVacancyEvent);
    }

    @Incoming(TALENT_CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeTalentEvents(KafkaRecordBatch<String, byte[]> batch) {
        return batches.process(TALENT_CHANNEL, batch, this::applyTalentEvent);
    }

    void applyVacancyEvent(CloudEvent event) {
        // A type added to the topic after this service was built is not an error: contracts grow additively.
        if (EventTypes.ALL_VACANCY.contains(event.getType())) {
            stages.learn(VacancyEvents.fromCloudEvent(event), recordedAt(event));
        }
    }

    void applyTalentEvent(CloudEvent event) {
        if (EventTypes.ALL_TALENT.contains(event.getType())) {
            stages.learn(TalentEvents.fromCloudEvent(event), recordedAt(event));
        }
    }

    /** The event's own time: a replay from the start puts every entry in the same period again. */
    private static Instant recordedAt(CloudEvent event) {
        if (event.getTime() == null) {
            throw new PoisonEvent("no time: the period it counts in cannot be told");
        }
        return event.getTime().toInstant();
    }
}
