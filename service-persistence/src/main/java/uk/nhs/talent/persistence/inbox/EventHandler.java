package uk.nhs.talent.persistence.inbox;

import io.cloudevents.CloudEvent;

/** What a consumer does with one event, inside the transaction that also records it in the inbox. */
@FunctionalInterface
public interface EventHandler {

    /** Throw {@link PoisonEvent} for an event that can never be applied; anything transient is retried. */
    void handle(CloudEvent event);
}
