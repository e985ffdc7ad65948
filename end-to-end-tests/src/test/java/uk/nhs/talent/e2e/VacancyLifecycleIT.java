package uk.nhs.talent.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import uk.nhs.talent.e2e.support.HrEvents;
import uk.nhs.talent.e2e.support.Keycloak;
import uk.nhs.talent.e2e.support.RunningStack;
import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.testsupport.KafkaTopicReader;

/**
 * An HR system takes a vacancy through its whole lifecycle as CloudEvents through the gateway; the facts
 * appear on vacancy.events.v1 in order, a resent event changes nothing, and a national analyst sees the
 * change in the aggregates.
 */
@ExtendWith(RunningStack.class)
class VacancyLifecycleIT {

    @Test
    void aVacancyFromOpenToFilledReachesKafkaAndTheNationalFigures() {
        String analyst = Keycloak.user("analyst");
        long filledBefore = filledIn("Y62", analyst);

        HrEvents hr = new HrEvents(Keycloak.hrSystem("hr-rw3-rem"), "RW3");
        String id = hr.open("RW3", "Chief Executive", "CHIEF_EXECUTIVE");
        hr.send("applications-closed", id, Map.of("applicantCount", 9, "closedOn", "2026-09-29"))
                .statusCode(200).body("[0].vacancy.status", equalTo("SHORTLISTING"));
        hr.send("shortlisted", id, Map.of("shortlist", List.of("RW3:cand-7", "RW3:cand-8"),
                "shortlistedOn", "2026-10-06")).statusCode(200);
        hr.send("offered", id, Map.of("offeredOn", "2026-10-20")).statusCode(200);
        Map<String, Object> appointed = HrEvents.event(hr.source(), "hr-appointed-" + id, "appointed", id,
                Map.of("appointee", "RW3:cand-8", "filledOn", "2026-11-02"));
        hr.send(appointed).statusCode(200)
                .body("[0].replayed", equalTo(false))
                .body("[0].vacancy.status", equalTo("FILLED"));
        // the HR system resends its last event (a retry after a timeout): the same answer, nothing new
        hr.send(appointed).statusCode(200).body("[0].replayed", equalTo(true));

        List<String> expected = List.of(EventTypes.VACANCY_OPENED, EventTypes.VACANCY_CLOSED,
                EventTypes.VACANCY_SHORTLISTED, EventTypes.VACANCY_OFFERED, EventTypes.VACANCY_APPOINTED);
        List<ConsumerRecord<String, String>> records = KafkaTopicReader.awaitRecords(RunningStack.KAFKA,
                Topics.VACANCY_EVENTS, Duration.ofSeconds(30), all -> ofVacancy(all, id).size() >= expected.size());
        List<JsonPath> events = ofVacancy(records, id).stream().map(r -> JsonPath.from(r.value())).toList();
        assertThat(events).extracting(e -> e.getString("type")).containsExactlyElementsOf(expected);
        assertThat(events).allSatisfy(e -> assertThat(e.getString("subject")).isEqualTo(id));
        assertThat(events).extracting(e -> e.getString("id")).doesNotHaveDuplicates();

        assertThat(filledIn("Y62", analyst)).isEqualTo(filledBefore + 1);
        // and the resent event was not counted twice, in Kafka either
        List<ConsumerRecord<String, String>> later = KafkaTopicReader.readAll(RunningStack.KAFKA,
                Topics.VACANCY_EVENTS, Duration.ofSeconds(10));
        assertThat(ofVacancy(later, id)).hasSize(expected.size());
    }

    private static List<ConsumerRecord<String, String>> ofVacancy(List<ConsumerRecord<String, String>> records,
            String id) {
        return records.stream().filter(r -> id.equals(r.key())).toList();
    }

    private static long filledIn(String region, String analyst) {
        List<Map<String, Object>> rows = given().auth().oauth2(analyst).get("/reports/vacancies/time-to-fill")
                .then().statusCode(200).extract().path("");
        return rows.stream().filter(row -> region.equals(row.get("regionCode")))
                .mapToLong(row -> ((Number) row.get("filledVacancies")).longValue()).sum();
    }
}
