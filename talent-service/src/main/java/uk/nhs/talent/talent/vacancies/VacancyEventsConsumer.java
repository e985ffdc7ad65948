package uk.nhs.talent.talent.vacancies;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.vacancy.VacancyEvents;
import uk.nhs.talent.persistence.inbox.IncomingEventBatches;

/**
 * Consumes vacancy.events.v1 the one way every service does (IncomingEventBatches): once per event, in order, a
 * poll's records in one transaction.
 */
@ApplicationScoped
public class VacancyEventsConsumer {

    public static final String CHANNEL = "vacancy-events";

    private final IncomingEventBatches batches;
    private final VacancyService vacancies;

    public VacancyEventsConsumer(IncomingEventBatches batches, VacancyService vacancies) {
        this.batches = batches;
        this.vacancies = vacancies;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        return batches.process(CHANNEL, batch, this::apply);
    }

    void apply(CloudEvent event) {
        // A type added to the topic after this service was built is not an error: contracts grow additively.
        if (EventTypes.ALL_VACANCY.contains(event.getType())) {
            vacancies.learn(VacancyEvents.fromCloudEvent(event));
        }
    }
}
