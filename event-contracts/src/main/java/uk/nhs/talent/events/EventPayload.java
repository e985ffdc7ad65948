package uk.nhs.talent.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A payload (CloudEvent {@code data}) of one of the system's event types. The type and
 * subject belong to the envelope, so neither is written into the payload JSON.
 */
public interface EventPayload {

    /** The CloudEvent type; carried in the envelope, not in the payload. */
    @JsonIgnore
    String type();

    /** The aggregate id: the CloudEvent subject and the Kafka record key. Carried in the envelope, not in the payload. */
    @JsonIgnore
    String subject();
}
