package uk.nhs.talent.events.slsf;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import uk.nhs.talent.events.EventFamily;
import uk.nhs.talent.events.EventSources;
import uk.nhs.talent.events.EventTypes;

/** Maps SLSF payloads to CloudEvents and back (source the gateway). */
public final class SlsfEvents {

    public static final EventFamily<SlsfEvent> FAMILY = new EventFamily<>("slsf", EventSources.GATEWAY,
            Map.of(EventTypes.SLSF_SUPPLY_DEMAND_SNAPSHOT, SupplyDemandSnapshot.class));

    private SlsfEvents() {
    }

    public static CloudEvent toCloudEvent(UUID eventId, OffsetDateTime time, SlsfEvent event) {
        return FAMILY.toCloudEvent(eventId, time, event);
    }

    /** @throws IllegalArgumentException if the event's type is not an SLSF event type */
    public static SlsfEvent fromCloudEvent(CloudEvent event) {
        return FAMILY.fromCloudEvent(event);
    }
}
