package uk.nhs.talent.talent.vacancies;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.vacancy.VacancyEvents;
import uk.nhs.talent.persistence.inbox.IncomingEvents;

/** Consumes vacancy.events.v1 the one way every service does (IncomingEvents): once per event, in order. */
@ApplicationScoped
public class VacancyEventsConsumer {

    public static final String CHANNEL = "vacancy-events";

    private final IncomingEvents incoming;
    private final VacancyService vacancies;

    public VacancyEventsConsumer(IncomingEvents incoming, VacancyService vacancies) {
        this.incoming = incoming;
        this.vacancies = vacancies;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        incoming.process(CHANNEL, record, this::apply);
    }

    private void apply(CloudEvent event) {
        // A type added to the topic after this service was built is not an error: contracts grow additively.
        if (EventTypes.ALL_VACANCY.contains(event.getType())) {
            vacancies.learn(VacancyEvents.fromCloudEvent(event));
        }
    }
}
