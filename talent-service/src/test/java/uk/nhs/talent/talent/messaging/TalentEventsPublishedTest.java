package uk.nhs.talent.talent.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.talent.support.TalentApi.assessReadiness;
import static uk.nhs.talent.talent.support.TalentApi.newProfile;
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
        Map<String, Object> body = newProfile("RW3");
        body.put("givenName", "Zebedee");
        body.put("familyName", "Quixotic-Synthetic");
        body.put("workEmail", "zebedee.quixotic@nhs.example");
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
}
