package uk.nhs.talent.diversity.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.diversity.support.PipelineEvents.CLOSED_PERIOD;
import static uk.nhs.talent.diversity.support.PipelineEvents.ReadModel.count;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.diversity.support.PipelineEvents;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.talent.ProfileRegistered;
import uk.nhs.talent.events.talent.TalentEvents;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.persistence.inbox.IncomingEventBatches;
import uk.nhs.talent.persistence.inbox.PoisonEvent;
import uk.nhs.talent.persistence.inbox.TransientFailure;

/**
 * A poll's records are applied in one transaction; when one of them fails, the others are still applied, once
 * each, and only the failing ones are refused (for the dead-letter topic), with their reason.
 */
@QuarkusTest
class BatchedConsumptionTest {

    @Inject
    IncomingEventBatches batches;

    @Inject
    PipelineEventsConsumer consumer;

    @Inject
    EntityManager entityManager;

    /** What these tests applied came from no topic: a replay (ReplayRebuildTest) would not rebuild it. */
    @AfterEach
    void forgetWhatNoTopicHolds() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from known_person where person_ref like 'batch-%'").executeUpdate();
            entityManager.createNativeQuery("delete from inbox_event where consumer like 'batch-%'").executeUpdate();
        });
    }

    @Test
    void aRecordThatFailsInABatchIsRefusedAloneAndTheOthersAreAppliedOnce() {
        String first = person();
        String poisoned = person();
        String failing = person();
        String last = person();
        ConsumerRecord<String, byte[]> firstRecord = record(first, 0);
        ConsumerRecord<String, byte[]> poisonRecord = record(poisoned, 1);
        ConsumerRecord<String, byte[]> failingRecord = record(failing, 2);
        ConsumerRecord<String, byte[]> lastRecord = record(last, 3);
        ConsumerRecord<String, byte[]> notAnEvent = new ConsumerRecord<>(Topics.TALENT_EVENTS, 0, 4, "x",
                "not an event".getBytes());
        ConsumerRecord<String, byte[]> redelivered = new ConsumerRecord<>(Topics.TALENT_EVENTS, 0, 5,
                firstRecord.key(), firstRecord.value());

        Map<ConsumerRecord<String, byte[]>, RuntimeException> refused = batches.apply("batch-test",
                List.of(firstRecord, poisonRecord, failingRecord, notAnEvent, lastRecord, redelivered), event -> {
                    if (event.getSubject().equals(poisoned)) {
                        throw new PoisonEvent("refused by the domain");
                    }
                    if (event.getSubject().equals(failing)) {
                        throw new TransientFailure("still failing");
                    }
                    consumer.applyTalentEvent(event);
                });

        assertThat(refused).containsOnlyKeys(poisonRecord, failingRecord, notAnEvent);
        assertThat(refused.get(poisonRecord)).isInstanceOf(PoisonEvent.class);
        assertThat(refused.get(failingRecord)).isInstanceOf(TransientFailure.class);
        assertThat(refused.get(notAnEvent)).isInstanceOf(PoisonEvent.class);
        for (String applied : List.of(first, last)) {
            assertThat(count("select count(*) from known_person where person_ref = ?1", applied)).isEqualTo(1);
        }
        for (String notApplied : List.of(poisoned, failing)) {
            assertThat(count("select count(*) from known_person where person_ref = ?1", notApplied)).isZero();
        }
        // Only what was applied is in the consumer's inbox, once: nothing refused, the redelivery not again.
        assertThat(count("select count(*) from inbox_event where consumer = 'batch-test' and topic = ?1",
                Topics.TALENT_EVENTS)).isEqualTo(2);
    }

    @Test
    void aBatchWithoutFailuresCommitsAsOneAndARepeatedBatchChangesNothing() {
        List<ConsumerRecord<String, byte[]>> records = List.of(record(person(), 0), record(person(), 1),
                record(person(), 2));

        assertThat(batches.apply("batch-repeat", records, consumer::applyTalentEvent)).isEmpty();
        assertThat(batches.apply("batch-repeat", records, consumer::applyTalentEvent)).isEmpty();

        assertThat(count("select count(*) from inbox_event where consumer = 'batch-repeat'")).isEqualTo(3);
        assertThat(count("select count(distinct xmin::text) from inbox_event where consumer = 'batch-repeat'"))
                .as("written by one transaction").isEqualTo(1);
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(count("select count(*) from known_person where person_ref = ?1", record.key())).isEqualTo(1);
        }
    }

    @Test
    void anEventTwiceInOneBatchIsHandledOnceInTheBatchsTransaction() {
        ConsumerRecord<String, byte[]> first = record(person(), 0);
        ConsumerRecord<String, byte[]> other = record(person(), 1);
        ConsumerRecord<String, byte[]> again = new ConsumerRecord<>(Topics.TALENT_EVENTS, 0, 2, first.key(),
                first.value());
        Map<String, Integer> handled = new ConcurrentHashMap<>();

        assertThat(batches.apply("batch-twice", List.of(first, other, again), event -> {
            handled.merge(event.getSubject(), 1, Integer::sum);
            consumer.applyTalentEvent(event);
        })).isEmpty();

        assertThat(handled).containsEntry(first.key(), 1).containsEntry(other.key(), 1).hasSize(2);
        assertThat(count("select count(distinct xmin::text) from inbox_event where consumer = 'batch-twice'"))
                .as("no fallback to one record at a time").isEqualTo(1);
    }

    private static ConsumerRecord<String, byte[]> record(String personRef, long offset) {
        CloudEvent event = TalentEvents.toCloudEvent(UUID.randomUUID(), CLOSED_PERIOD, new ProfileRegistered(
                PipelineEvents.profile(personRef, 0, "Y62", Level.AFC_9, Level.VSM)));
        return new ConsumerRecord<>(Topics.TALENT_EVENTS, 0, offset, personRef,
                CloudEventCodec.toStructuredJson(event));
    }

    private static String person() {
        return "batch-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
