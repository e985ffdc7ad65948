package uk.nhs.talent.events.vacancy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import uk.nhs.talent.events.EventFamily;
import uk.nhs.talent.events.EventSources;
import uk.nhs.talent.events.EventTypes;

/** Maps vacancy payloads to CloudEvents and back, choosing the payload class by {@code type}. */
public final class VacancyEvents {

    /** The vacancy event types, their payload classes and their envelope (source vacancy-service). */
    public static final EventFamily<VacancyEvent> FAMILY = new EventFamily<>("vacancy", EventSources.VACANCY_SERVICE,
            Map.of(
                    EventTypes.VACANCY_OPENED, VacancyOpened.class,
                    EventTypes.VACANCY_UPDATED, VacancyUpdated.class,
                    EventTypes.VACANCY_CLOSED, VacancyClosed.class,
                    EventTypes.VACANCY_SHORTLISTED, VacancyShortlisted.class,
                    EventTypes.VACANCY_OFFERED, VacancyOffered.class,
                    EventTypes.VACANCY_APPOINTED, VacancyAppointed.class,
                    EventTypes.VACANCY_WITHDRAWN, VacancyWithdrawn.class));

    private VacancyEvents() {
    }

    /** @throws IllegalArgumentException if {@code type} is not a vacancy event type */
    public static Class<? extends VacancyEvent> payloadType(String type) {
        return FAMILY.payloadType(type);
    }

    /**
     * The CloudEvent for a payload, with the envelope fields every vacancy event shares:
     * source vacancy-service, type from the payload, subject the vacancy id (also the Kafka key).
     */
    public static CloudEvent toCloudEvent(UUID eventId, OffsetDateTime time, VacancyEvent event) {
        return FAMILY.toCloudEvent(eventId, time, event);
    }

    /** @throws IllegalArgumentException if the event's type is not a vacancy event type */
    public static VacancyEvent fromCloudEvent(CloudEvent event) {
        return FAMILY.fromCloudEvent(event);
    }
}
