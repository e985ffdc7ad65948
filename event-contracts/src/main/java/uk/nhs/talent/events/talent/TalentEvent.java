package uk.nhs.talent.events.talent;

import com.fasterxml.jackson.annotation.JsonIgnore;

import uk.nhs.talent.events.EventPayload;

/**
 * A payload (CloudEvent {@code data}) published on {@code talent.events.v1} by talent-service.
 * People appear only as personRefs (opaque, at most 64 characters): no name, no e-mail address or
 * other contact detail, and no protected characteristic is ever in a talent event.
 */
public sealed interface TalentEvent extends EventPayload
        permits ProfileRegistered, ProfileUpdated, ReadinessAssessed, NineBoxPlaced, PoolMembershipChanged,
        SuccessorNominated, SuccessorRemoved, PlanEndorsed, CandidatesMatched, PersonErased {

    /** The CloudEvent type; carried in the envelope, not in the payload. */
    @Override
    @JsonIgnore
    String type();

    /**
     * The aggregate id, the CloudEvent subject and the Kafka record key: the personRef, or the key post
     * id for succession events, or the vacancy id for a match. Carried in the envelope, not in the payload.
     */
    @Override
    @JsonIgnore
    String subject();
}
