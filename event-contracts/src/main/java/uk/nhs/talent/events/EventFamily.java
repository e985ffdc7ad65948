package uk.nhs.talent.events;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.cloudevents.CloudEvent;

/**
 * The event types one service publishes, their payload classes and the envelope they share:
 * the source, the type from the payload and the subject (aggregate id) from the payload.
 * {@code VacancyEvents} and {@code TalentEvents} are the families; each service uses those.
 *
 * @param <E> the family's sealed payload interface
 */
public final class EventFamily<E extends EventPayload> {

    private final String name;
    private final URI source;
    private final Map<String, Class<? extends E>> payloadTypes;

    /**
     * @param name         the aggregate, for messages, e.g. {@code vacancy}
     * @param source       the CloudEvent source of every event of the family
     * @param payloadTypes payload class by event type
     */
    public EventFamily(String name, URI source, Map<String, Class<? extends E>> payloadTypes) {
        this.name = Objects.requireNonNull(name);
        this.source = Objects.requireNonNull(source);
        this.payloadTypes = Map.copyOf(payloadTypes);
    }

    public URI source() {
        return source;
    }

    /** Every event type of the family. */
    public Set<String> types() {
        return payloadTypes.keySet();
    }

    /** @throws IllegalArgumentException if {@code type} is not an event type of this family */
    public Class<? extends E> payloadType(String type) {
        Class<? extends E> payloadType = payloadTypes.get(type);
        if (payloadType == null) {
            throw new IllegalArgumentException("Unknown " + name + " event type: " + type);
        }
        return payloadType;
    }

    /** The CloudEvent for a payload: the family's source, type and subject from the payload. */
    public CloudEvent toCloudEvent(UUID eventId, OffsetDateTime time, E event) {
        return CloudEventCodec.toCloudEvent(eventId, source, event.type(), event.subject(), time, event);
    }

    /** @throws IllegalArgumentException if the event's type is not an event type of this family */
    public E fromCloudEvent(CloudEvent event) {
        return CloudEventCodec.data(event, payloadType(event.getType()));
    }
}
