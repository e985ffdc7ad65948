package uk.nhs.talent.events.talent;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import uk.nhs.talent.events.EventFamily;
import uk.nhs.talent.events.EventSources;
import uk.nhs.talent.events.EventTypes;

/** Maps talent payloads to CloudEvents and back, choosing the payload class by {@code type}. */
public final class TalentEvents {

    /** The talent event types, their payload classes and their envelope (source talent-service). */
    public static final EventFamily<TalentEvent> FAMILY = new EventFamily<>("talent", EventSources.TALENT_SERVICE,
            Map.of(
                    EventTypes.TALENT_PROFILE_REGISTERED, ProfileRegistered.class,
                    EventTypes.TALENT_PROFILE_UPDATED, ProfileUpdated.class,
                    EventTypes.TALENT_READINESS_ASSESSED, ReadinessAssessed.class,
                    EventTypes.TALENT_NINE_BOX_PLACED, NineBoxPlaced.class,
                    EventTypes.TALENT_POOL_MEMBERSHIP_CHANGED, PoolMembershipChanged.class,
                    EventTypes.TALENT_SUCCESSOR_NOMINATED, SuccessorNominated.class,
                    EventTypes.TALENT_SUCCESSOR_REMOVED, SuccessorRemoved.class,
                    EventTypes.TALENT_PLAN_ENDORSED, PlanEndorsed.class,
                    EventTypes.TALENT_CANDIDATES_MATCHED, CandidatesMatched.class,
                    EventTypes.TALENT_PERSON_ERASED, PersonErased.class));

    private TalentEvents() {
    }

    /** @throws IllegalArgumentException if {@code type} is not a talent event type */
    public static Class<? extends TalentEvent> payloadType(String type) {
        return FAMILY.payloadType(type);
    }

    /**
     * The CloudEvent for a payload, with the envelope fields every talent event shares:
     * source talent-service, type from the payload, subject the aggregate id from the payload
     * (also the Kafka key).
     */
    public static CloudEvent toCloudEvent(UUID eventId, OffsetDateTime time, TalentEvent event) {
        return FAMILY.toCloudEvent(eventId, time, event);
    }

    /** @throws IllegalArgumentException if the event's type is not a talent event type */
    public static TalentEvent fromCloudEvent(CloudEvent event) {
        return FAMILY.fromCloudEvent(event);
    }
}
