package uk.nhs.talent.events;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import io.cloudevents.CloudEvent;
import uk.nhs.talent.events.slsf.SlsfEvent;
import uk.nhs.talent.events.slsf.SlsfEvents;
import uk.nhs.talent.events.slsf.SlsfFixtures;
import uk.nhs.talent.events.talent.TalentEvent;
import uk.nhs.talent.events.talent.TalentEvents;
import uk.nhs.talent.events.talent.TalentFixtures;
import uk.nhs.talent.events.vacancy.VacancyEvent;
import uk.nhs.talent.events.vacancy.VacancyEvents;
import uk.nhs.talent.events.vacancy.VacancyFixtures;

/**
 * An event family as the tests see it: its {@link EventFamily}, the {@code EventTypes.ALL_*} set that
 * lists its types, its sealed payload interface and its fixtures. The tests that hold for every family
 * take their cases from {@link #all()} and {@link #everyFixture()}, so a new family is one more constant here.
 */
public record ContractFamily<E extends EventPayload>(
        String name,
        EventFamily<E> events,
        Set<String> typeConstants,
        Class<E> payloadInterface,
        Supplier<Stream<E>> fixtures) {

    public static final ContractFamily<VacancyEvent> VACANCY = new ContractFamily<>("vacancy",
            VacancyEvents.FAMILY, EventTypes.ALL_VACANCY, VacancyEvent.class, VacancyFixtures::everyEventType);
    public static final ContractFamily<TalentEvent> TALENT = new ContractFamily<>("talent",
            TalentEvents.FAMILY, EventTypes.ALL_TALENT, TalentEvent.class, TalentFixtures::everyEventType);
    public static final ContractFamily<SlsfEvent> SLSF = new ContractFamily<>("slsf",
            SlsfEvents.FAMILY, EventTypes.ALL_SLSF, SlsfEvent.class, SlsfFixtures::everyEventType);

    public static Stream<ContractFamily<?>> all() {
        return Stream.of(VACANCY, TALENT, SLSF);
    }

    /** Every fixture of every family, as arguments (type, family, payload). */
    public static Stream<Arguments> everyFixture() {
        return all().flatMap(family -> family.fixtures().get()
                .map(payload -> Arguments.of(payload.type(), family, payload)));
    }

    /** The CloudEvent the family's producer publishes for {@code payload}. */
    public CloudEvent toCloudEvent(UUID eventId, OffsetDateTime time, EventPayload payload) {
        return events.toCloudEvent(eventId, time, payloadInterface.cast(payload));
    }

    @Override
    public String toString() {
        return name;
    }
}
