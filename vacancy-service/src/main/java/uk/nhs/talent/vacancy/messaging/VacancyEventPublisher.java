package uk.nhs.talent.vacancy.messaging;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import uk.nhs.talent.persistence.outbox.Outbox;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.vacancy.VacancyEvent;
import uk.nhs.talent.events.vacancy.VacancyEvents;

/** Puts a vacancy event in the outbox, in the caller's transaction; the relay publishes it. */
@ApplicationScoped
public class VacancyEventPublisher {

    private final Outbox outbox;
    private final Clock clock;

    public VacancyEventPublisher(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public void publish(VacancyEvent event) {
        outbox.add(Topics.VACANCY_EVENTS,
                VacancyEvents.toCloudEvent(UUID.randomUUID(), OffsetDateTime.now(clock), event));
    }
}
