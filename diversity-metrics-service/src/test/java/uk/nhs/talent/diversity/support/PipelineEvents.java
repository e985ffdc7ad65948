package uk.nhs.talent.diversity.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;

import io.cloudevents.CloudEvent;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.talent.CandidatesMatched;
import uk.nhs.talent.events.talent.ProfileRegistered;
import uk.nhs.talent.events.talent.ProfileSnapshot;
import uk.nhs.talent.events.talent.RankedCandidate;
import uk.nhs.talent.events.talent.TalentEvent;
import uk.nhs.talent.events.talent.TalentEvents;
import uk.nhs.talent.events.vacancy.ContractType;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RecruitmentRoute;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancyAppointed;
import uk.nhs.talent.events.vacancy.VacancyEvent;
import uk.nhs.talent.events.vacancy.VacancyEvents;
import uk.nhs.talent.events.vacancy.VacancyShortlisted;
import uk.nhs.talent.events.vacancy.VacancySnapshot;
import uk.nhs.talent.events.vacancy.VacancyStatus;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.KafkaTopicWriter;

/**
 * Events as vacancy-service and talent-service put them on Kafka (structured mode, keyed by the aggregate), at a
 * chosen time, and waits until the service applied them.
 */
public final class PipelineEvents {

    /** In a closed period (2025-26 Q3), so that figures counted from it are published. */
    public static final OffsetDateTime CLOSED_PERIOD = OffsetDateTime.of(2025, 11, 12, 10, 0, 0, 0, ZoneOffset.UTC);

    private PipelineEvents() {
    }

    /** A vacancy of {@code orgCode} in {@code regionCode}: a VSM finance post, on the board or not. */
    public static VacancySnapshot vacancy(UUID id, long version, VacancyStatus status, String orgCode,
            String regionCode, boolean boardPost) {
        return vacancy(id, version, status, orgCode, regionCode, RoleFamily.FINANCE, Level.VSM, boardPost);
    }

    public static VacancySnapshot vacancy(UUID id, long version, VacancyStatus status, String orgCode,
            String regionCode, RoleFamily roleFamily, Level level, boolean boardPost) {
        LocalDate opened = CLOSED_PERIOD.toLocalDate().minusDays(30);
        return new VacancySnapshot(id, version, orgCode, regionCode, "QOP", "Director of Finance", roleFamily,
                level, boardPost, ContractType.SUBSTANTIVE, RecruitmentRoute.OPEN_ADVERT, status, opened,
                opened.plusDays(14), status == VacancyStatus.FILLED ? CLOSED_PERIOD.toLocalDate() : null, 12, 3);
    }

    /** Shortlists {@code people} on a new vacancy of the organisation at {@code time}; returns the vacancy. */
    public static UUID shortlist(String orgCode, String regionCode, OffsetDateTime time, List<String> people) {
        UUID vacancy = UUID.randomUUID();
        publishAndAwait(new VacancyShortlisted(vacancy(vacancy, 2, VacancyStatus.INTERVIEWING, orgCode, regionCode,
                false), people), time);
        return vacancy;
    }

    public static void appoint(UUID vacancy, String orgCode, String regionCode, boolean boardPost, String person,
            OffsetDateTime time) {
        publishAndAwait(new VacancyAppointed(vacancy(vacancy, 4, VacancyStatus.FILLED, orgCode, regionCode,
                boardPost), person), time);
    }

    public static ProfileSnapshot profile(String personRef, long version, String regionCode, Level level,
            Level targetLevel) {
        return new ProfileSnapshot(personRef, version, "RW3", regionCode, "QOP", RoleFamily.FINANCE, level,
                List.of(RoleFamily.FINANCE), targetLevel, List.of(), List.of(), true, false, null);
    }

    /** talent-service's ranking of a Y62 VSM finance vacancy at {@code at}: {@code people} best first. */
    public static CandidatesMatched matched(UUID vacancy, OffsetDateTime at, String... people) {
        List<RankedCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            ranked.add(new RankedCandidate(people[i], i + 1, 90 - i));
        }
        return new CandidatesMatched(vacancy, "Y62", RoleFamily.FINANCE, Level.VSM, at.toInstant(), ranked);
    }

    public static void register(String personRef, String regionCode, OffsetDateTime time) {
        publishAndAwait(new ProfileRegistered(profile(personRef, 0, regionCode, Level.AFC_9, Level.VSM)), time);
    }

    public static UUID publishAndAwait(VacancyEvent event, OffsetDateTime time) {
        UUID id = UUID.randomUUID();
        publish(VacancyEvents.toCloudEvent(id, time, event));
        awaitApplied(id);
        return id;
    }

    public static UUID publishAndAwait(TalentEvent event, OffsetDateTime time) {
        UUID id = UUID.randomUUID();
        publish(TalentEvents.toCloudEvent(id, time, event));
        awaitApplied(id);
        return id;
    }

    public static void publish(CloudEvent event) {
        String topic = event.getType().startsWith("uk.nhs.talent.vacancy.") ? Topics.VACANCY_EVENTS
                : Topics.TALENT_EVENTS;
        KafkaTopicWriter.send(KafkaResource.bootstrapServers(), topic, event.getSubject(),
                CloudEventCodec.toStructuredJson(event), Map.of("content-type", CloudEventCodec.STRUCTURED_CONTENT_TYPE));
    }

    public static void awaitApplied(UUID eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.count(
                "select count(*) from inbox_event where event_id = ?1", eventId.toString()) == 1);
    }

    /** Reads the service's own database, as a test's probe. */
    public static final class ReadModel {

        private ReadModel() {
        }

        public static long count(String sql, Object... parameters) {
            EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
            return QuarkusTransaction.requiringNew().call(() -> {
                var query = entityManager.createNativeQuery(sql);
                for (int i = 0; i < parameters.length; i++) {
                    query.setParameter(i + 1, parameters[i]);
                }
                return ((Number) query.getSingleResult()).longValue();
            });
        }

        public static long entries(String personRef, String stage) {
            return count("select count(*) from stage_entry where person_ref = ?1 and stage = ?2", personRef, stage);
        }

        public static long declarations(String personRef) {
            return count("select count(*) from declaration where person_ref = ?1", personRef);
        }
    }
}
