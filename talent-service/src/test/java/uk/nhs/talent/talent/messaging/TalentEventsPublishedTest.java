package uk.nhs.talent.talent.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.talent.support.TalentApi.asLead;
import static uk.nhs.talent.talent.support.TalentApi.assessReadiness;
import static uk.nhs.talent.talent.support.TalentApi.newProfileNamed;
import static uk.nhs.talent.talent.support.TalentApi.register;

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
import uk.nhs.talent.events.talent.ProfileRegistered;
import uk.nhs.talent.events.talent.TalentEvents;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.KafkaTopicReader;

/** Changes reach talent.events.v1 through the outbox, keep their contract, and carry no name or e-mail. */
@QuarkusTest
class TalentEventsPublishedTest {

    @Test
    void aRegistrationAndAnAssessmentArriveInOrderKeyedByPersonWithoutContactDetails() {
        Map<String, Object> body = newProfileNamed("RW3", "Zebedee", "Quixotic-Synthetic");
        String ref = register("Y62", body);
        assessReadiness("Y62", ref, "FINANCE", "READY_NOW");

        List<ConsumerRecord<String, String>> records = KafkaTopicReader.awaitRecords(KafkaResource.bootstrapServers(),
                Topics.TALENT_EVENTS, Duration.ofSeconds(20),
                all -> all.stream().filter(r -> ref.equals(r.key())).count() >= 2)
                .stream().filter(r -> ref.equals(r.key())).toList();

        assertThat(records).hasSize(2);
        List<CloudEvent> events = records.stream()
                .map(r -> CloudEventCodec.fromStructuredJson(r.value().getBytes(StandardCharsets.UTF_8))).toList();
        assertThat(events).extracting(CloudEvent::getType)
                .containsExactly(EventTypes.TALENT_PROFILE_REGISTERED, EventTypes.TALENT_READINESS_ASSESSED);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(EventSchemas.validate(record.value().getBytes(StandardCharsets.UTF_8))).isEmpty();
            assertThat(record.value()).doesNotContain("Zebedee", "Quixotic", "zebedee.quixotic", "@nhs.example");
        }
        ProfileRegistered registered = (ProfileRegistered) TalentEvents.fromCloudEvent(events.get(0));
        assertThat(registered.profile().personRef()).isEqualTo(ref);
        assertThat(registered.profile().regionCode()).isEqualTo("Y62");
    }

    @Test
    void everyKindOfChangeToAPersonIsPublishedValidAndWithoutContactDetails() {
        Map<String, Object> body = newProfileNamed("RW3", "Wilhelmina", "Zanzibar-Synthetic");
        String ref = register("Y62", body);
        body.put("level", "VSM");
        asLead("Y62").header("If-Match", "\"0\"").body(body).put("/profiles/{ref}", ref).then().statusCode(200);
        asLead("Y62").body(Map.of("performance", 3, "potential", 3, "talentReview", "North West review",
                "reviewedOn", "2026-09-14")).post("/profiles/{ref}/nine-box", ref).then().statusCode(201);
        String post = asLead("Y62").body(Map.of("orgCode", "RW3", "title", "Chief People Officer", "roleFamily",
                "PEOPLE", "level", "VSM", "boardPost", true, "riskOfLoss", "LOW")).post("/key-posts").then()
                .statusCode(201).extract().path("id");
        asLead("Y62").body(Map.of("personRef", ref, "readiness", "ONE_TO_TWO_YEARS", "readinessAssessedOn",
                "2026-10-14", "nominatedOn", "2026-10-14")).post("/key-posts/{id}/successors", post).then()
                .statusCode(201);
        asLead("Y62").delete("/key-posts/{id}/successors/{ref}", post, ref).then().statusCode(204);
        List<String> expected = List.of(EventTypes.TALENT_PROFILE_REGISTERED, EventTypes.TALENT_PROFILE_UPDATED,
                EventTypes.TALENT_NINE_BOX_PLACED, EventTypes.TALENT_SUCCESSOR_NOMINATED,
                EventTypes.TALENT_SUCCESSOR_REMOVED);

        // Successor events are keyed by the key post; the person is in their data.
        List<ConsumerRecord<String, String>> records = KafkaTopicReader.awaitRecords(KafkaResource.bootstrapServers(),
                Topics.TALENT_EVENTS, Duration.ofSeconds(20),
                all -> all.stream().filter(r -> r.value().contains(ref)).count() >= expected.size())
                .stream().filter(r -> r.value().contains(ref)).toList();

        assertThat(records).extracting(r -> CloudEventCodec.fromStructuredJson(r.value()
                .getBytes(StandardCharsets.UTF_8)).getType()).containsExactlyInAnyOrderElementsOf(expected);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(EventSchemas.validate(record.value().getBytes(StandardCharsets.UTF_8))).isEmpty();
            assertThat(record.value()).doesNotContain("Wilhelmina", "Zanzibar", "wilhelmina.zanzibar", "@nhs.example");
        }
        assertThat(records).filteredOn(r -> r.value().contains(EventTypes.TALENT_SUCCESSOR_REMOVED))
                .extracting(ConsumerRecord::key).containsExactly(post);
    }
}
