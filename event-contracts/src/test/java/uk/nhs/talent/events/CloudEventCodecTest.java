package uk.nhs.talent.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import uk.nhs.talent.events.vacancy.VacancyEvents;
import uk.nhs.talent.events.vacancy.VacancyFixtures;
import uk.nhs.talent.events.vacancy.VacancyOpened;

class CloudEventCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void structuredJsonCarriesTheEnvelopeAndInlineJsonData() throws Exception {
        CloudEvent event = VacancyEvents.toCloudEvent(VacancyFixtures.EVENT_ID, VacancyFixtures.TIME, VacancyFixtures.opened());

        JsonNode json = JSON.readTree(CloudEventCodec.toStructuredJson(event));

        assertEquals("1.0", json.get("specversion").asText());
        assertEquals("/vacancy-service", json.get("source").asText());
        assertEquals("application/json", json.get("datacontenttype").asText());
        // Dates are ISO strings, not arrays or numbers.
        assertEquals("2026-03-01", json.at("/data/vacancy/closingOn").asText());
        // Nullable fields are written as explicit nulls.
        assertTrue(json.at("/data/vacancy/filledOn").isNull());
    }

    @Test
    void readingIgnoresPropertiesAddedByANewerProducer() throws Exception {
        CloudEvent event = VacancyEvents.toCloudEvent(VacancyFixtures.EVENT_ID, VacancyFixtures.TIME, VacancyFixtures.opened());
        ObjectNode json = (ObjectNode) JSON.readTree(CloudEventCodec.toStructuredJson(event));
        ((ObjectNode) json.at("/data/vacancy")).put("hybridWorking", true);
        ((ObjectNode) json.get("data")).put("advertUrl", "https://example.invalid/advert");

        CloudEvent received = CloudEventCodec.fromStructuredJson(JSON.writeValueAsBytes(json));

        assertEquals(VacancyFixtures.opened(), CloudEventCodec.data(received, VacancyOpened.class));
    }

    @Test
    void dataOfAnEventWithoutDataIsRefused() {
        CloudEvent empty = CloudEventBuilder.v1().withId("e-1").withSource(URI.create("/test"))
                .withType(EventTypes.VACANCY_OPENED).build();

        assertThrows(IllegalArgumentException.class, () -> CloudEventCodec.data(empty, VacancyOpened.class));
    }

    @Test
    void structuredContentTypeIsCloudEventsJson() {
        assertEquals("application/cloudevents+json", CloudEventCodec.STRUCTURED_CONTENT_TYPE);
    }

    @Test
    void objectMapperCopyCannotChangeTheCodec() {
        CloudEventCodec.objectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        CloudEvent event = VacancyEvents.toCloudEvent(VacancyFixtures.EVENT_ID, VacancyFixtures.TIME, VacancyFixtures.opened());

        assertTrue(new String(event.getData().toBytes(), StandardCharsets.UTF_8).contains("\"2026-03-01\""));
    }

    @Test
    void deadLetterTopicIsTheTopicWithDlqSuffix() {
        assertEquals("vacancy.events.v1.dlq", Topics.deadLetter(Topics.VACANCY_EVENTS));
    }
}
