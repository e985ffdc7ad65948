package uk.nhs.talent.talent.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.nhs.talent.talent.support.TalentApi.assessReadiness;
import static uk.nhs.talent.talent.support.TalentApi.register;
import static uk.nhs.talent.talent.support.VacancyEventsOnKafka.inboxEntries;
import static uk.nhs.talent.talent.support.VacancyEventsOnKafka.inboxTransactions;
import static uk.nhs.talent.talent.support.VacancyEventsOnKafka.publish;
import static uk.nhs.talent.talent.support.VacancyEventsOnKafka.snapshot;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.EventSources;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancyClosed;
import uk.nhs.talent.events.vacancy.VacancyEvent;
import uk.nhs.talent.events.vacancy.VacancyEvents;
import uk.nhs.talent.events.vacancy.VacancyOpened;
import uk.nhs.talent.events.vacancy.VacancyShortlisted;
import uk.nhs.talent.events.vacancy.VacancyStatus;
import uk.nhs.talent.events.vacancy.VacancyUpdated;
import uk.nhs.talent.persistence.inbox.IncomingEventBatches;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.KafkaTopicReader;
import uk.nhs.talent.testsupport.KafkaTopicWriter;
import uk.nhs.talent.testsupport.ServiceDatabase;

/**
 * The shared consumer template at work on vacancy.events.v1, against the real broker and database: once per
 * event, newest snapshot wins, poison to the dead-letter topic without blocking the partition, transient
 * failures retried. Events are written by plain Kafka clients, as any producer would.
 */
@QuarkusTest
class VacancyEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DLQ = Topics.deadLetter(Topics.VACANCY_EVENTS);

    @Inject
    VacancyRepository vacancies;

    @Inject
    VacancyEventsConsumer consumer;

    @Inject
    IncomingEventBatches batches;

    @Test
    void anOpenedVacancyIsLearnt() {
        UUID id = UUID.randomUUID();
        publish(UUID.randomUUID(), new VacancyOpened(snapshot(id, 0, VacancyStatus.OPEN)));
        Vacancy held = awaitVersion(id, 0);
        assertThat(held.status).isEqualTo(VacancyStatus.OPEN);
        assertThat(held.regionCode).isEqualTo("Y62");
        assertThat(held.roleFamily).isEqualTo(RoleFamily.FINANCE);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        publish(UUID.randomUUID(), new VacancyOpened(snapshot(id, 0, VacancyStatus.OPEN)));
        publish(eventId, new VacancyClosed(snapshot(id, 1, VacancyStatus.SHORTLISTING)));
        publish(eventId, new VacancyClosed(snapshot(id, 1, VacancyStatus.SHORTLISTING)));
        // Same key, so same partition and order: when this is applied, the redelivery before it was handled.
        publish(UUID.randomUUID(), new VacancyShortlisted(snapshot(id, 2, VacancyStatus.INTERVIEWING),
                List.of("p-1a2b3c")));
        awaitVersion(id, 2);
        assertThat(inboxEntries(eventId)).as("inbox entries of the redelivered event").isEqualTo(1);
    }

    @Test
    void eventsOutOfOrderLeaveTheNewestSnapshot() {
        UUID id = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        publish(UUID.randomUUID(), new VacancyShortlisted(snapshot(id, 2, VacancyStatus.INTERVIEWING),
                List.of("p-1a2b3c")));
        publish(late, new VacancyClosed(snapshot(id, 1, VacancyStatus.SHORTLISTING)));
        awaitInbox(late);
        Vacancy held = held(id);
        assertThat(held.version).isEqualTo(2);
        assertThat(held.status).isEqualTo(VacancyStatus.INTERVIEWING);
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithItsReasonAndThePartitionMovesOn() {
        UUID id = UUID.randomUUID();
        RecordMetadata poison = KafkaTopicWriter.send(KafkaResource.bootstrapServers(), Topics.VACANCY_EVENTS,
                id.toString(), "this is not a CloudEvent");
        publish(UUID.randomUUID(), new VacancyOpened(snapshot(id, 0, VacancyStatus.OPEN)));
        awaitVersion(id, 0);
        ConsumerRecord<String, String> dead = deadLetterOf(id);
        assertThat(header(dead, "dead-letter-reason")).startsWith("not a CloudEvent");
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topics.VACANCY_EVENTS);
        assertThat(header(dead, "dead-letter-partition")).isEqualTo(String.valueOf(poison.partition()));
        assertThat(header(dead, "dead-letter-offset")).isEqualTo(String.valueOf(poison.offset()));
        assertThat(dead.value()).isEqualTo("this is not a CloudEvent");
    }

    @Test
    void anEventThatBreaksItsContractIsDeadLetteredNamingTheRule() {
        UUID id = UUID.randomUUID();
        String broken = """
                {"specversion":"1.0","id":"%s","source":"/vacancy-service","type":"uk.nhs.talent.vacancy.opened.v1",
                 "subject":"%s","datacontenttype":"application/json","data":{"vacancy":{"vacancyId":"%s"}}}"""
                .formatted(UUID.randomUUID(), id, id);
        KafkaTopicWriter.send(KafkaResource.bootstrapServers(), Topics.VACANCY_EVENTS, id.toString(),
                broken.getBytes(StandardCharsets.UTF_8), Map.of("content-type", CloudEventCodec.STRUCTURED_CONTENT_TYPE));
        assertThat(header(deadLetterOf(id), "dead-letter-reason"))
                .startsWith("breaks the contract of uk.nhs.talent.vacancy.opened.v1");
        assertThat(vacancies.findByIdOptional(id)).isEmpty();
    }

    @Test
    void binaryModeFromTheCloudEventsSdkIsApplied() throws Exception {
        UUID id = UUID.randomUUID();
        CloudEvent event = VacancyEvents.toCloudEvent(UUID.randomUUID(), OffsetDateTime.now(),
                new VacancyOpened(snapshot(id, 0, VacancyStatus.OPEN)));
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers());
        config.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY.name());
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(config, new StringSerializer(),
                new CloudEventSerializer())) {
            producer.send(new ProducerRecord<>(Topics.VACANCY_EVENTS, id.toString(), event)).get();
        }
        assertThat(awaitVersion(id, 0).title).isEqualTo("Chief Finance Officer");
    }

    @Test
    void aTypeAddedToTheTopicLaterIsSkippedNotDeadLettered() {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        CloudEvent later = CloudEventCodec.toCloudEvent(eventId, EventSources.VACANCY_SERVICE,
                "uk.nhs.talent.vacancy.reopened.v1", id.toString(), OffsetDateTime.now(), Map.of("reason", "x"));
        KafkaTopicWriter.send(KafkaResource.bootstrapServers(), Topics.VACANCY_EVENTS, id.toString(),
                CloudEventCodec.toStructuredJson(later), Map.of("content-type", CloudEventCodec.STRUCTURED_CONTENT_TYPE));
        publish(UUID.randomUUID(), new VacancyOpened(snapshot(id, 0, VacancyStatus.OPEN)));
        awaitVersion(id, 0);
        assertThat(inboxEntries(eventId)).isEqualTo(1);
        assertThat(KafkaTopicReader.readAll(KafkaResource.bootstrapServers(), DLQ, Duration.ofSeconds(5)))
                .noneMatch(r -> id.toString().equals(r.key()));
    }

    @Test
    void aLockHeldLongerThanTheLockTimeoutIsRetriedUntilTheEventApplies() throws Exception {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        try (Connection blocker = ServiceDatabase.connect()) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.execute("lock table vacancy in access exclusive mode");
            }
            publish(eventId, new VacancyOpened(snapshot(id, 0, VacancyStatus.OPEN)));
            // Several lock timeouts (300 ms in tests) pass while the table is held; each try rolls back whole.
            Thread.sleep(1_200);
            assertThat(inboxEntries(eventId)).as("recorded while the table was locked").isZero();
            blocker.commit();
        }
        awaitVersion(id, 0);
        assertThat(KafkaTopicReader.readAll(KafkaResource.bootstrapServers(), DLQ, Duration.ofSeconds(5)))
                .noneMatch(r -> id.toString().equals(r.key()));
    }



    private Vacancy held(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> vacancies.findById(id));
    }

    private Vacancy awaitVersion(UUID id, long version) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> held(id), held -> held != null && held.version == version);
    }


    @Test
    void aVacancyMatchedTwiceInOneBatchIsAppliedInTheBatchsTransaction() {
        // A candidate in each region, so that each matching stores a ranking under the same (vacancy, rank) keys.
        assessReadiness("Y62", register("Y62", "RW3"), "FINANCE", "READY_NOW");
        assessReadiness("Y60", register("Y60", "RRK"), "FINANCE", "READY_NOW");
        UUID id = UUID.randomUUID();
        UUID opened = UUID.randomUUID();
        UUID moved = UUID.randomUUID();
        List<ConsumerRecord<String, byte[]>> batch = List.of(
                record(opened, new VacancyOpened(snapshot(id, 0, VacancyStatus.OPEN)), 0),
                record(moved, new VacancyUpdated(snapshot(id, 1, VacancyStatus.OPEN, "RRK", "Y60", "QHL")), 1));

        assertThat(batches.apply("batch-matching", batch, consumer::apply)).isEmpty();

        assertThat(held(id).regionCode).isEqualTo("Y60");
        assertThat(inboxTransactions("batch-matching")).as("applied as one batch, not one record at a time")
                .isEqualTo(1);
    }

    private static ConsumerRecord<String, byte[]> record(UUID eventId, VacancyEvent event, long offset) {
        CloudEvent cloudEvent = VacancyEvents.toCloudEvent(eventId, OffsetDateTime.now(), event);
        return new ConsumerRecord<>(Topics.VACANCY_EVENTS, 0, offset, cloudEvent.getSubject(),
                CloudEventCodec.toStructuredJson(cloudEvent));
    }

    private void awaitInbox(UUID eventId) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> inboxEntries(eventId) == 1);
    }

    private static ConsumerRecord<String, String> deadLetterOf(UUID key) {
        List<ConsumerRecord<String, String>> records = KafkaTopicReader.awaitRecords(KafkaResource.bootstrapServers(),
                DLQ, WAIT, all -> all.stream().anyMatch(r -> key.toString().equals(r.key())));
        return records.stream().filter(r -> key.toString().equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing on " + DLQ + " for " + key));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
