package uk.nhs.talent.events.slsf;

import com.fasterxml.jackson.annotation.JsonIgnore;

import uk.nhs.talent.events.EventPayload;

/**
 * A payload published on {@code slsf.snapshots.v1} by the gateway for the national Senior Leaders Support
 * Function's modelling. Aggregates only: no personRef, no person's detail and no protected characteristic of
 * anyone; diversity appears only as disclosure-controlled published figures.
 */
public sealed interface SlsfEvent extends EventPayload permits SupplyDemandSnapshot {

    @Override
    @JsonIgnore
    String type();

    /** The snapshot's reference date (ISO), also the Kafka key: one date's snapshots stay in order. */
    @Override
    @JsonIgnore
    String subject();
}
