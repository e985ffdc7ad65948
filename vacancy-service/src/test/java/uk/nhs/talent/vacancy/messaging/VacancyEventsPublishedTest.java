package uk.nhs.talent.vacancy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.vacancy.support.VacancyApi.fill;
import static uk.nhs.talent.vacancy.support.VacancyApi.asHr;
import static uk.nhs.talent.vacancy.support.VacancyApi.newVacancy;
import static uk.nhs.talent.vacancy.support.VacancyApi.open;
import static uk.nhs.talent.vacancy.support.VacancyApi.transition;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.EventSchemas;
import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.vacancy.VacancyAppointed;
import uk.nhs.talent.events.vacancy.VacancyEvents;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.KafkaTopicReader;

/** Every change reaches the real broker as a CloudEvent that keeps its contract. */
@QuarkusTest
class VacancyEventsPublishedTest {

    private static List<ConsumerRecord<String, String>> eventsOf(String vacancyId, int atLeast) {
        return KafkaTopicReader.awaitRecords(KafkaResource.bootstrapServers(), Topics.VACANCY_EVENTS,
                Duration.ofSeconds(20), records -> records.stream().filter(r -> vacancyId.equals(r.key())).count() >= atLeast)
                .stream().filter(r -> vacancyId.equals(r.key())).toList();
    }

    @Test
    void aLifecycleArrivesInOrderKeyedByVacancyAndValidAgainstItsSchemas() {
        String id = open("RW3");
        fill("RW3", id, "p-4d5e6f", 30);

        List<ConsumerRecord<String, String>> records = eventsOf(id, 5);
        assertThat(records).extracting(r -> CloudEventCodec.fromStructuredJson(bytes(r)).getType()).containsExactly(
                EventTypes.VACANCY_OPENED, EventTypes.VACANCY_CLOSED, EventTypes.VACANCY_SHORTLISTED,
                EventTypes.VACANCY_OFFERED, EventTypes.VACANCY_APPOINTED);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(EventSchemas.validate(bytes(record))).as(record.value()).isEmpty();
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("application/cloudevents+json");
        }
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
    }

    @Test
    void revisionsAndWithdrawalsArePublishedValidToo() {
        String id = open("RW3");
        Map<String, Object> revised = newVacancy("RW3");
        revised.put("title", "Interim Chief Finance Officer");
        asHr("RW3").header("If-Match", "\"0\"").body(revised).put("/vacancies/{id}", id).then().statusCode(200);
        transition("RW3", id, "withdrawal", Map.of("reason", "RECRUITMENT_PAUSED", "withdrawnOn", "2026-09-20"))
                .then().statusCode(200);

        List<ConsumerRecord<String, String>> records = eventsOf(id, 3);
        assertThat(records).extracting(r -> CloudEventCodec.fromStructuredJson(bytes(r)).getType()).containsExactly(
                EventTypes.VACANCY_OPENED, EventTypes.VACANCY_UPDATED, EventTypes.VACANCY_WITHDRAWN);
        records.forEach(record -> assertThat(EventSchemas.validate(bytes(record))).as(record.value()).isEmpty());
    }

    @Test
    void theEnvelopeCarriesTheCloudEventsAttributes() {
        String id = open("RW3");
        fill("RW3", id, "p-0a0b0c", 12);
        CloudEvent appointed = eventsOf(id, 5).stream()
                .map(r -> CloudEventCodec.fromStructuredJson(bytes(r)))
                .filter(e -> e.getType().equals(EventTypes.VACANCY_APPOINTED))
                .findFirst().orElseThrow();
        assertThat(appointed.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(appointed.getSource().toString()).isEqualTo("/vacancy-service");
        assertThat(appointed.getSubject()).isEqualTo(id);
        assertThat(appointed.getTime()).isNotNull();
        assertThat(appointed.getDataContentType()).isEqualTo("application/json");
        VacancyAppointed data = (VacancyAppointed) VacancyEvents.fromCloudEvent(appointed);
        assertThat(data.appointee()).isEqualTo("p-0a0b0c");
        assertThat(data.vacancy().version()).isEqualTo(4);
        assertThat(data.vacancy().filledOn()).isEqualTo("2026-09-13");
    }

    private static byte[] bytes(ConsumerRecord<String, String> record) {
        return record.value().getBytes(StandardCharsets.UTF_8);
    }
}
