package uk.nhs.talent.talent.messaging;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.talent.TalentEvent;
import uk.nhs.talent.events.talent.TalentEvents;
import uk.nhs.talent.persistence.outbox.Outbox;

/** Puts a talent event in the outbox, in the caller's transaction; the relay publishes it. */
@ApplicationScoped
public class TalentEventPublisher {

    private final Outbox outbox;
    private final Clock clock;

    public TalentEventPublisher(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public void publish(TalentEvent event) {
        outbox.add(Topics.TALENT_EVENTS, TalentEvents.toCloudEvent(UUID.randomUUID(), OffsetDateTime.now(clock), event));
    }
}
