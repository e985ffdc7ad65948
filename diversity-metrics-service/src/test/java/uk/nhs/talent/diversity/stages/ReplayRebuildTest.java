package uk.nhs.talent.diversity.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.diversity.support.PipelineEvents.CLOSED_PERIOD;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.diversity.support.PipelineEvents;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.talent.MembershipStatus;
import uk.nhs.talent.events.talent.PersonErased;
import uk.nhs.talent.events.talent.PoolMembershipChanged;
import uk.nhs.talent.events.talent.PoolScope;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.talent.ReadinessAssessed;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.persistence.inbox.EventHandler;
import uk.nhs.talent.persistence.inbox.IncomingEventBatches;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.KafkaTopicReader;
import uk.nhs.talent.testsupport.KafkaTopicWriter;

/**
 * The read model is rebuildable: emptied, and every record of both topics handed again from the start to the
 * consumer the channels use, it holds exactly what it held, row for row, although the two topics now arrive in
 * another interleaving (every talent event first) than they did live.
 */
@QuarkusTest
class ReplayRebuildTest {

    /** Everything the read model is made of: every one is rebuilt from the topics. */
    private static final List<String> READ_MODEL = List.of("stage_entry", "known_vacancy", "known_person",
            "vacancy_ranking", "erased_person");
    private static final int BATCH = 4;

    @Inject
    PipelineEventsConsumer consumer;

    @Inject
    IncomingEventBatches batches;

    @Inject
    EntityManager entityManager;

    @Test
    void aFullReplayOfBothTopicsRebuildsTheSameReadModel() {
        history();
        Map<String, List<String>> live = readModel();
        assertThat(live.get("stage_entry")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(live.get("erased_person")).isNotEmpty();

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("truncate "
                + String.join(", ", READ_MODEL) + ", inbox_event").executeUpdate());
        assertThat(readModel().values()).allMatch(List::isEmpty);

        int poison = replay(PipelineEventsConsumer.TALENT_CHANNEL, Topics.TALENT_EVENTS, consumer::applyTalentEvent)
                + replay(PipelineEventsConsumer.VACANCY_CHANNEL, Topics.VACANCY_EVENTS, consumer::applyVacancyEvent);

        assertThat(readModel()).isEqualTo(live);
        // What went to the dead-letter topics live is refused again, and nothing else is.
        assertThat(poison).isEqualTo(records(Topics.deadLetter(Topics.TALENT_EVENTS)).size()
                + records(Topics.deadLetter(Topics.VACANCY_EVENTS)).size());
    }

    /** Shortlists, appointments, pools, readiness, rankings (one replaced), an erasure, a duplicate, a poison. */
    private static void history() {
        String ada = "replay-" + UUID.randomUUID();
        String ben = "replay-" + UUID.randomUUID();
        String erased = "replay-" + UUID.randomUUID();
        for (String person : List.of(ada, ben, erased)) {
            PipelineEvents.register(person, "Y62", CLOSED_PERIOD);
        }
        UUID vacancy = PipelineEvents.shortlist("RW3", "Y62", CLOSED_PERIOD, List.of(ada, ben, erased));
        PipelineEvents.appoint(vacancy, "RW3", "Y62", true, ada, CLOSED_PERIOD.plusMonths(1));
        PipelineEvents.appoint(vacancy, "RW3", "Y62", true, ada, CLOSED_PERIOD.plusMonths(2));
        PipelineEvents.publishAndAwait(new PoolMembershipChanged(UUID.randomUUID(), ben, PoolScope.REGION, "Y62",
                RoleFamily.FINANCE, Level.VSM, MembershipStatus.ACTIVE, null, CLOSED_PERIOD.toLocalDate()),
                CLOSED_PERIOD);
        PipelineEvents.publishAndAwait(new ReadinessAssessed(ben, "Y62", RoleFamily.FINANCE, Readiness.READY_NOW,
                CLOSED_PERIOD.toLocalDate()), CLOSED_PERIOD);
        UUID ranked = UUID.randomUUID();
        PipelineEvents.publishAndAwait(PipelineEvents.matched(ranked, CLOSED_PERIOD.plusHours(1), ben, ada),
                CLOSED_PERIOD);
        PipelineEvents.publishAndAwait(PipelineEvents.matched(ranked, CLOSED_PERIOD, ada, erased), CLOSED_PERIOD);
        PipelineEvents.publishAndAwait(new PersonErased(erased, LocalDate.now()), OffsetDateTime.now());
        String key = "replay-poison-" + UUID.randomUUID();
        KafkaTopicWriter.send(KafkaResource.bootstrapServers(), Topics.VACANCY_EVENTS, key,
                "not an event".getBytes(StandardCharsets.UTF_8), Map.of());
        KafkaTopicReader.awaitRecords(KafkaResource.bootstrapServers(), Topics.deadLetter(Topics.VACANCY_EVENTS),
                Duration.ofSeconds(30), all -> all.stream().anyMatch(r -> key.equals(r.key())));
    }


    /**
     * Hands every record of the topic to the consumer's handler in order, in batches as the channel does (small
     * ones, so that a poison record shares a batch with events that must still be applied); returns how many
     * records were refused.
     */
    private int replay(String channel, String topic, EventHandler handler) {
        List<ConsumerRecord<String, byte[]>> records = records(topic);
        int refused = 0;
        for (int from = 0; from < records.size(); from += BATCH) {
            refused += batches.apply(channel, records.subList(from, Math.min(records.size(), from + BATCH)), handler)
                    .size();
        }
        return refused;
    }

    private static List<ConsumerRecord<String, byte[]>> records(String topic) {
        return KafkaTopicReader.readAllBytes(KafkaResource.bootstrapServers(), topic, Duration.ofSeconds(30));
    }

    /** Each table's rows as text, in a stable order. */
    private Map<String, List<String>> readModel() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<String>> tables = new LinkedHashMap<>();
            for (String table : READ_MODEL) {
                @SuppressWarnings("unchecked")
                List<String> rows = entityManager.createNativeQuery("select t::text from " + table + " t order by 1")
                        .getResultList();
                tables.put(table, rows);
            }
            return tables;
        });
    }
}
