package uk.nhs.talent.events.vacancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudevents.CloudEvent;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.EventSchemas;
import uk.nhs.talent.events.EventSources;

/** What vacancy-service publishes matches the schemas, and consumers read back what was sent. */
class VacancyEventContractTest {

    static Stream<VacancyEvent> events() {
        return VacancyFixtures.everyEventType();
    }

    @ParameterizedTest
    @MethodSource("events")
    void encodedEventMatchesItsSchema(VacancyEvent payload) {
        byte[] json = CloudEventCodec.toStructuredJson(
                VacancyEvents.toCloudEvent(VacancyFixtures.EVENT_ID, VacancyFixtures.TIME, payload));

        assertEquals(List.of(), EventSchemas.validate(json));
    }

    @ParameterizedTest
    @MethodSource("events")
    void roundTripGivesTheSamePayloadAndEnvelope(VacancyEvent payload) {
        CloudEvent sent = VacancyEvents.toCloudEvent(VacancyFixtures.EVENT_ID, VacancyFixtures.TIME, payload);

        CloudEvent received = CloudEventCodec.fromStructuredJson(CloudEventCodec.toStructuredJson(sent));

        assertEquals(payload, VacancyEvents.fromCloudEvent(received));
        assertEquals(VacancyFixtures.EVENT_ID.toString(), received.getId());
        assertEquals(EventSources.VACANCY_SERVICE, received.getSource());
        assertEquals(payload.type(), received.getType());
        assertEquals(VacancyFixtures.VACANCY_ID.toString(), received.getSubject());
        assertEquals(VacancyFixtures.TIME.toInstant(), received.getTime().toInstant());
    }

    @ParameterizedTest
    @MethodSource("events")
    void typeIsInTheEnvelopeNotInThePayload(VacancyEvent payload) throws Exception {
        CloudEvent event = VacancyEvents.toCloudEvent(VacancyFixtures.EVENT_ID, VacancyFixtures.TIME, payload);

        JsonNode data = CloudEventCodec.objectMapper().readTree(event.getData().toBytes());

        assertFalse(data.has("type"), data::toString);
    }

    @Test
    void unknownTypeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> VacancyEvents.payloadType("uk.nhs.talent.vacancy.lost.v1"));
    }

    @Test
    void terminalStatusesAreFilledAndWithdrawn() {
        assertEquals(List.of(VacancyStatus.FILLED, VacancyStatus.WITHDRAWN),
                Stream.of(VacancyStatus.values()).filter(VacancyStatus::isTerminal).toList());
    }
}
