package uk.nhs.talent.diversity.stages;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.talent.TalentEvents;
import uk.nhs.talent.events.vacancy.VacancyEvents;
import uk.nhs.talent.persistence.inbox.IncomingEvents;
import uk.nhs.talent.persistence.inbox.PoisonEvent;

/**
 * Consumes vacancy.events.v1 and talent.events.v1 the one way every service does (IncomingEvents): once per
 * event, in order per aggregate, a record that can never be applied to the topic's dead-letter topic.
 */
@ApplicationScoped
public class PipelineEventsConsumer {

    public static final String VACANCY_CHANNEL = "vacancy-events";
    public static final String TALENT_CHANNEL = "talent-events";

    private final IncomingEvents incoming;
    private final PipelineStages stages;

    public PipelineEventsConsumer(IncomingEvents incoming, PipelineStages stages) {
        this.incoming = incoming;
        this.stages = stages;
    }

    @Incoming(VACANCY_CHANNEL)
    @Blocking
    public void consumeVacancyEvent(ConsumerRecord<String, byte[]> record) {
        incoming.process(VACANCY_CHANNEL, record, event -> {
            // A type added to the topic after this service was built is not an error: contracts grow additively.
            if (EventTypes.ALL_VACANCY.contains(event.getType())) {
                stages.learn(VacancyEvents.fromCloudEvent(event), recordedAt(event));
            }
        });
    }

    @Incoming(TALENT_CHANNEL)
    @Blocking
    public void consumeTalentEvent(ConsumerRecord<String, byte[]> record) {
        incoming.process(TALENT_CHANNEL, record, event -> {
            if (EventTypes.ALL_TALENT.contains(event.getType())) {
                stages.learn(TalentEvents.fromCloudEvent(event), recordedAt(event));
            }
        });
    }

    /** The event's own time: a replay from the start puts every entry in the same period again. */
    private static Instant recordedAt(CloudEvent event) {
        if (event.getTime() == null) {
            throw new PoisonEvent("no time: the period it counts in cannot be told");
        }
        return event.getTime().toInstant();
    }
}
