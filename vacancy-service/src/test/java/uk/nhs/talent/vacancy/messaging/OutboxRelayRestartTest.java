package uk.nhs.talent.vacancy.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.talent.vacancy.support.VacancyApi.open;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.persistence.outbox.OutboxRelay;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.KafkaTopicReader;

/**
 * The relay is driven by hand here (its schedule is off), to stop it between commit and publish, and between
 * publish and delete: nothing is lost, and what is sent again is the same event with the same id.
 */
@QuarkusTest
@TestProfile(OutboxRelayRestartTest.RelayStopped.class)
class OutboxRelayRestartTest {

    public static class RelayStopped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Test
    void anEventCommittedWhileTheRelayIsDownIsPublishedWhenItComesBack() {
        String id = open("RW3");
        assertThat(recordsOf(id, 0, Duration.ofSeconds(2))).as("nothing published while the relay is down").isEmpty();

        assertThat(relay.publishPending()).isGreaterThanOrEqualTo(1);

        assertThat(recordsOf(id, 1, Duration.ofSeconds(20))).hasSize(1);
        assertThat(pending()).isZero();
    }

    @Test
    void aCrashAfterSendingRepublishesTheSameEventIdAndNothingElse() {
        String id = open("RW3");
        // Sent, then the transaction that would mark it published dies.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            relay.publishPending();
            throw new IllegalStateException("crash before commit");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(pending()).as("still unpublished after the crash").isPositive();

        relay.publishPending();
        relay.publishPending();

        List<ConsumerRecord<String, String>> records = recordsOf(id, 2, Duration.ofSeconds(20));
        List<String> ids = records.stream()
                .map(r -> CloudEventCodec.fromStructuredJson(r.value().getBytes()).getId()).toList();
        assertThat(ids).hasSize(2).as("the same event, twice: a consumer dedupes it by id").containsOnly(ids.get(0));
        assertThat(records.get(0).value()).isEqualTo(records.get(1).value());
        assertThat(pending()).isZero();
    }

    private long pending() {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("select count(e) from OutboxEvent e").getSingleResult());
    }

    private static List<ConsumerRecord<String, String>> recordsOf(String vacancyId, int atLeast, Duration wait) {
        return KafkaTopicReader.awaitRecords(KafkaResource.bootstrapServers(), Topics.VACANCY_EVENTS, wait,
                records -> atLeast > 0 && records.stream().filter(r -> vacancyId.equals(r.key())).count() >= atLeast)
                .stream().filter(r -> vacancyId.equals(r.key())).toList();
    }
}
