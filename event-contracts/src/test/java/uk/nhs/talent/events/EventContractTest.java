package uk.nhs.talent.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudevents.CloudEvent;

/** What every producer publishes matches the schemas, and consumers read back what was sent. */
class EventContractTest {

    private static final UUID EVENT_ID = UUID.fromString("4c2a9e71-8b3d-4f06-a5e2-1d7c9b3f6a08");
    private static final OffsetDateTime TIME = OffsetDateTime.of(2026, 3, 2, 9, 30, 0, 0, ZoneOffset.UTC);

    static Stream<?> fixtures() {
        return ContractFamily.everyFixture();
    }

    static Stream<ContractFamily<?>> families() {
        return ContractFamily.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void encodedEventMatchesItsSchema(String type, ContractFamily<?> family, EventPayload payload) {
        byte[] json = CloudEventCodec.toStructuredJson(family.toCloudEvent(EVENT_ID, TIME, payload));

        assertEquals(List.of(), EventSchemas.validate(json));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void roundTripGivesTheSamePayloadAndEnvelope(String type, ContractFamily<?> family, EventPayload payload) {
        CloudEvent sent = family.toCloudEvent(EVENT_ID, TIME, payload);

        CloudEvent received = CloudEventCodec.fromStructuredJson(CloudEventCodec.toStructuredJson(sent));

        assertEquals(payload, family.events().fromCloudEvent(received));
        assertEquals(EVENT_ID.toString(), received.getId());
        assertEquals(family.events().source(), received.getSource());
        assertEquals(type, received.getType());
        assertEquals(payload.subject(), received.getSubject());
        assertEquals(TIME.toInstant(), received.getTime().toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void typeAndSubjectAreInTheEnvelopeNotInThePayload(String type, ContractFamily<?> family, EventPayload payload)
            throws Exception {
        CloudEvent event = family.toCloudEvent(EVENT_ID, TIME, payload);

        JsonNode data = CloudEventCodec.objectMapper().readTree(event.getData().toBytes());

        assertFalse(data.has("type"), data::toString);
        assertFalse(data.has("subject"), data::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void unknownTypesAndTheOtherFamiliesTypesAreRefused(ContractFamily<?> family) {
        assertThrows(IllegalArgumentException.class,
                () -> family.events().payloadType("uk.nhs.talent." + family.name() + ".lost.v1"));
        EventSchemas.knownTypes().stream()
                .filter(type -> !family.events().types().contains(type))
                .forEach(type -> assertThrows(IllegalArgumentException.class,
                        () -> family.events().payloadType(type), type));
    }
}
