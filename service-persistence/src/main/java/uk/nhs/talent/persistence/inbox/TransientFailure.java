package uk.nhs.talent.persistence.inbox;

/**
 * A failure that may pass if the event is tried again (a lock held too long, a lost connection, a concurrent
 * update): retried a bounded number of times, then sent to the dead-letter topic like a poison event.
 */
public class TransientFailure extends RuntimeException {

    public TransientFailure(String reason) {
        super(reason, null, false, false);
    }
}
