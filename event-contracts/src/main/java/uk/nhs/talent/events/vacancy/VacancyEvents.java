package uk.nhs.talent.events.vacancy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.EventSources;
import uk.nhs.talent.events.EventTypes;

/** Maps vacancy payloads to CloudEvents and back, choosing the payload class by {@code type}. */
public final class VacancyEvents {

    private static final Map<String, Class<? extends VacancyEvent>> PAYLOAD_TYPES = Map.of(
            EventTypes.VACANCY_OPENED, VacancyOpened.class,
            EventTypes.VACANCY_UPDATED, VacancyUpdated.class,
            EventTypes.VACANCY_CLOSED, VacancyClosed.class,
            EventTypes.VACANCY_SHORTLISTED, VacancyShortlisted.class,
            EventTypes.VACANCY_OFFERED, VacancyOffered.class,
            EventTypes.VACANCY_APPOINTED, VacancyAppointed.class,
            EventTypes.VACANCY_WITHDRAWN, VacancyWithdrawn.class);

    private VacancyEvents() {
    }

    /** @throws IllegalArgumentException if {@code type} is not a vacancy event type */
    public static Class<? extends VacancyEvent> payloadType(String type) {
        Class<? extends VacancyEvent> payloadType = PAYLOAD_TYPES.get(type);
        if (payloadType == null) {
            throw new IllegalArgumentException("Unknown vacancy event type: " + type);
        }
        return payloadType;
    }

    /**
     * The CloudEvent for a payload, with the envelope fields every vacancy event shares:
     * source vacancy-service, type from the payload, subject the vacancy id (also the Kafka key).
     */
    public static CloudEvent toCloudEvent(UUID eventId, OffsetDateTime time, VacancyEvent event) {
        return CloudEventCodec.toCloudEvent(eventId, EventSources.VACANCY_SERVICE, event.type(),
                event.vacancy().vacancyId().toString(), time, event);
    }

    /** @throws IllegalArgumentException if the event's type is not a vacancy event type */
    public static VacancyEvent fromCloudEvent(CloudEvent event) {
        return CloudEventCodec.data(event, payloadType(event.getType()));
    }
}
