package uk.nhs.talent.talent.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.register;
import static uk.nhs.talent.talent.support.VacancyEventsOnKafka.FILLED;
import static uk.nhs.talent.talent.support.VacancyEventsOnKafka.inboxEntries;
import static uk.nhs.talent.talent.support.VacancyEventsOnKafka.publish;
import static uk.nhs.talent.talent.support.VacancyEventsOnKafka.snapshot;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.vacancy.VacancyAppointed;
import uk.nhs.talent.events.vacancy.VacancyOffered;
import uk.nhs.talent.events.vacancy.VacancyStatus;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.KafkaTopicReader;

/**
 * An appointment that vacancy-service reports exits the appointee from their pools once: redelivered or followed
 * by an older event, nothing happens twice.
 */
@QuarkusTest
class AppointmentFromEventsTest {

    @Test
    void anAppointedPipelineMemberLeavesTheirPoolsOnceAndTheirProfileSaysSo() {
        String ref = register("Y62", "RW3");
        String active = pool();
        String nominatedOnly = pool();
        nominate(active, ref);
        move(active, ref, "ACCEPTED");
        move(active, ref, "ACTIVE");
        nominate(nominatedOnly, ref);

        UUID vacancy = UUID.randomUUID();
        UUID appointment = UUID.randomUUID();
        publish(appointment, new VacancyAppointed(snapshot(vacancy, 4, VacancyStatus.FILLED), ref));
        publish(appointment, new VacancyAppointed(snapshot(vacancy, 4, VacancyStatus.FILLED), ref));
        UUID late = UUID.randomUUID();
        publish(late, new VacancyOffered(snapshot(vacancy, 3, VacancyStatus.OFFERED)));

        // Same key, same partition: once the older event is in the inbox, the redelivery before it was handled too.
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxEntries(late) == 1);
        assertThat(members(active).getString("exitReason[0]")).isEqualTo("APPOINTED");
        assertThat(members(nominatedOnly).getString("exitReason[0]")).isEqualTo("NO_LONGER_ELIGIBLE");
        assertThat(asLead("Y62").get("/profiles/{ref}", ref).then().statusCode(200).extract()
                .<String>path("appointedOn")).isEqualTo(FILLED.toString());

        // Published once each: two nominations, acceptance, activation, and one exit per pool.
        List<String> changes = KafkaTopicReader.awaitRecords(KafkaResource.bootstrapServers(), Topics.TALENT_EVENTS,
                Duration.ofSeconds(20), all -> memberships(all, ref).size() >= 6).stream()
                .filter(r -> ref.equals(r.key())).map(r -> r.value()).toList();
        assertThat(memberships(KafkaTopicReader.readAll(KafkaResource.bootstrapServers(), Topics.TALENT_EVENTS,
                Duration.ofSeconds(5)), ref)).hasSize(6);
        assertThat(changes.stream().filter(v -> v.contains("\"EXITED\""))).hasSize(2);
    }

    private static List<String> memberships(List<ConsumerRecord<String, String>> records, String ref) {
        return records.stream().filter(r -> ref.equals(r.key()))
                .map(ConsumerRecord::value).filter(v -> v.contains(EventTypes.TALENT_POOL_MEMBERSHIP_CHANGED)).toList();
    }


    private static String pool() {
        return asLead("Y62").body(Map.of("name", "Aspiring finance directors", "description", "AfC 9 deputies",
                "scope", "REGION", "regionCode", "Y62", "targetRoleFamily", "FINANCE", "targetLevel", "VSM"))
                .post("/pools").then().statusCode(201).extract().path("id");
    }

    private static void nominate(String pool, String ref) {
        asLead("Y62").body(Map.of("personRef", ref, "nominatedOn", "2026-09-01")).post("/pools/{p}/members", pool)
                .then().statusCode(201);
    }

    private static void move(String pool, String ref, String status) {
        asLead("Y62").body(Map.of("status", status, "on", "2026-09-10"))
                .post("/pools/{p}/members/{r}/status", pool, ref).then().statusCode(200);
    }

    private static JsonPath members(String pool) {
        return asLead("Y62").get("/pools/{p}/members", pool).then().statusCode(200).extract().jsonPath();
    }


}
