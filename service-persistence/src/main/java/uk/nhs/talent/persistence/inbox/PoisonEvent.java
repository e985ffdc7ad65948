package uk.nhs.talent.persistence.inbox;

/**
 * A consumed record that can never be processed (not a CloudEvent, not valid against its contract, refused by
 * the domain): it goes to the dead-letter topic at once, with this message as the reason. The message names
 * what is wrong, never a value from the event (which may be a person's reference).
 */
public class PoisonEvent extends RuntimeException {

    public PoisonEvent(String reason) {
        super(reason, null, false, false);
    }
}
