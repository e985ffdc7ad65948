package uk.nhs.talent.diversity.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.diversity.support.PipelineEvents.CLOSED_PERIOD;
import static uk.nhs.talent.diversity.support.PipelineEvents.ReadModel.count;
import static uk.nhs.talent.diversity.support.PipelineEvents.ReadModel.declarations;
import static uk.nhs.talent.diversity.support.PipelineEvents.ReadModel.entries;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.nhs.talent.diversity.support.PipelineEvents;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.talent.MembershipStatus;
import uk.nhs.talent.events.talent.PersonErased;
import uk.nhs.talent.events.talent.PoolMembershipChanged;
import uk.nhs.talent.events.talent.PoolScope;
import uk.nhs.talent.events.talent.ProfileRegistered;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.talent.ReadinessAssessed;
import uk.nhs.talent.events.talent.TalentEvents;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancyAppointed;
import uk.nhs.talent.events.vacancy.VacancyShortlisted;
import uk.nhs.talent.events.vacancy.VacancyStatus;
import uk.nhs.talent.testsupport.ConsumerGroupLag;
import uk.nhs.talent.testsupport.KafkaResource;
import uk.nhs.talent.testsupport.KafkaTopicReader;
import uk.nhs.talent.testsupport.KafkaTopicWriter;

/** The read model follows both topics: each stage once per person and subject, in the period it was recorded. */
@QuarkusTest
class PipelineStagesFromEventsTest {

    @Test
    void aShortlistAndABoardAppointmentAreStagesOfThePeriodTheyWereRecordedIn() {
        String ada = person();
        String ben = person();
        UUID vacancy = PipelineEvents.shortlist("RW3", "Y62", CLOSED_PERIOD, List.of(ada, ben));
        PipelineEvents.appoint(vacancy, "RW3", "Y62", true, ada, CLOSED_PERIOD.plusMonths(3));

        assertThat(entries(ada, "SHORTLISTED")).isEqualTo(1);
        assertThat(entries(ben, "SHORTLISTED")).isEqualTo(1);
        assertThat(entries(ada, "APPOINTED")).isEqualTo(1);
        assertThat(entries(ada, "ON_BOARD")).isEqualTo(1);
        assertThat(entries(ben, "APPOINTED")).isZero();
        assertThat(count("select count(*) from stage_entry where person_ref = ?1 and stage = 'SHORTLISTED' "
                + "and period = '2025-26-Q3' and region_code = 'Y62' and level = 'VSM'", ada)).isEqualTo(1);
        assertThat(count("select count(*) from stage_entry where person_ref = ?1 and stage = 'APPOINTED' "
                + "and period = '2025-26-Q4'", ada)).isEqualTo(1);
    }

    @Test
    void anAppointmentToAPostOffTheBoardIsNoBoardStage() {
        String person = person();
        UUID vacancy = PipelineEvents.shortlist("RW3", "Y62", CLOSED_PERIOD, List.of(person));
        PipelineEvents.appoint(vacancy, "RW3", "Y62", false, person, CLOSED_PERIOD);
        assertThat(entries(person, "APPOINTED")).isEqualTo(1);
        assertThat(entries(person, "ON_BOARD")).isZero();
    }

    @Test
    void anEventDeliveredTwiceOrRepublishedUnderANewIdCountsOnce() {
        String person = person();
        UUID vacancy = UUID.randomUUID();
        VacancyShortlisted shortlisted = new VacancyShortlisted(PipelineEvents.vacancy(vacancy, 2,
                VacancyStatus.INTERVIEWING, "RW3", "Y62", false), List.of(person));
        UUID first = PipelineEvents.publishAndAwait(shortlisted, CLOSED_PERIOD);
        PipelineEvents.publish(uk.nhs.talent.events.vacancy.VacancyEvents.toCloudEvent(first, CLOSED_PERIOD,
                shortlisted));
        // A later time, too: the first record of the stage stands.
        PipelineEvents.publishAndAwait(shortlisted, CLOSED_PERIOD.plusMonths(6));

        assertThat(entries(person, "SHORTLISTED")).isEqualTo(1);
        assertThat(count("select count(*) from stage_entry where person_ref = ?1 and period = '2025-26-Q3'",
                person)).isEqualTo(1);
    }

    @Test
    void anOlderSnapshotArrivingLateLeavesTheNewerOneAndStillCountsItsStage() {
        String person = person();
        UUID vacancy = UUID.randomUUID();
        PipelineEvents.publishAndAwait(new VacancyAppointed(PipelineEvents.vacancy(vacancy, 4, VacancyStatus.FILLED,
                "RW3", "Y62", true), person), CLOSED_PERIOD);
        PipelineEvents.publishAndAwait(new VacancyShortlisted(PipelineEvents.vacancy(vacancy, 2,
                VacancyStatus.INTERVIEWING, "RX1", "Y61", false), List.of(person)), CLOSED_PERIOD);

        assertThat(count("select version from known_vacancy where vacancy_id = ?1", vacancy)).isEqualTo(4);
        assertThat(count("select count(*) from known_vacancy where vacancy_id = ?1 and org_code = 'RW3'", vacancy))
                .isEqualTo(1);
        assertThat(entries(person, "SHORTLISTED")).isEqualTo(1);
        assertThat(entries(person, "APPOINTED")).isEqualTo(1);
    }

    @Test
    void readyNowCountsAtTheLevelThePersonIsDevelopedForAndOtherReadinessIsNoStage() {
        String ready = person();
        String later = person();
        PipelineEvents.register(ready, "Y62", CLOSED_PERIOD);
        PipelineEvents.register(later, "Y62", CLOSED_PERIOD);
        LocalDate on = CLOSED_PERIOD.toLocalDate();
        PipelineEvents.publishAndAwait(new ReadinessAssessed(ready, "Y62", RoleFamily.FINANCE, Readiness.READY_NOW,
                on), CLOSED_PERIOD);
        PipelineEvents.publishAndAwait(new ReadinessAssessed(ready, "Y62", RoleFamily.FINANCE, Readiness.READY_NOW,
                on.plusDays(30)), CLOSED_PERIOD.plusDays(30));
        PipelineEvents.publishAndAwait(new ReadinessAssessed(later, "Y62", RoleFamily.FINANCE,
                Readiness.ONE_TO_TWO_YEARS, on), CLOSED_PERIOD);

        assertThat(count("select count(*) from stage_entry where person_ref = ?1 and stage = 'READY_NOW' "
                + "and level = 'VSM' and role_family = 'FINANCE'", ready)).isEqualTo(1);
        assertThat(entries(later, "READY_NOW")).isZero();
    }

    @Test
    void aNationalPoolCountsInThePersonsHomeRegion() {
        String person = person();
        PipelineEvents.register(person, "Y58", CLOSED_PERIOD);
        UUID pool = UUID.randomUUID();
        PipelineEvents.publishAndAwait(new PoolMembershipChanged(pool, person, PoolScope.NATIONAL, null,
                RoleFamily.MEDICAL, Level.VSM, MembershipStatus.NOMINATED, null, CLOSED_PERIOD.toLocalDate()),
                CLOSED_PERIOD);
        assertThat(entries(person, "IN_POOL")).isZero();
        PipelineEvents.publishAndAwait(new PoolMembershipChanged(pool, person, PoolScope.NATIONAL, null,
                RoleFamily.MEDICAL, Level.VSM, MembershipStatus.ACTIVE, null, CLOSED_PERIOD.toLocalDate()),
                CLOSED_PERIOD);
        assertThat(count("select count(*) from stage_entry where person_ref = ?1 and stage = 'IN_POOL' "
                + "and region_code = 'Y58' and role_family = 'MEDICAL'", person)).isEqualTo(1);
    }

    @Test
    void aNewerRankingOfAVacancyReplacesTheOlderAndALateOlderOneChangesNothing() {
        UUID vacancy = UUID.randomUUID();
        String first = person();
        String second = person();
        OffsetDateTime earlier = CLOSED_PERIOD;
        PipelineEvents.publishAndAwait(PipelineEvents.matched(vacancy, earlier.plusHours(1), second),
                earlier.plusHours(1));
        PipelineEvents.publishAndAwait(PipelineEvents.matched(vacancy, earlier, first), earlier);

        assertThat(count("select count(*) from vacancy_ranking where vacancy_id = ?1", vacancy)).isEqualTo(1);
        assertThat(count("select count(*) from vacancy_ranking where person_ref = ?1", second)).isEqualTo(1);
        assertThat(count("select count(*) from vacancy_ranking where person_ref = ?1", first)).isZero();
    }

    @Test
    void anErasedPersonIsForgottenAndAnEventAboutThemArrivingLaterRecordsNothing() {
        String person = person();
        PipelineEvents.register(person, "Y62", CLOSED_PERIOD);
        UUID vacancy = PipelineEvents.shortlist("RW3", "Y62", CLOSED_PERIOD, List.of(person));
        PipelineEvents.publishAndAwait(PipelineEvents.matched(UUID.randomUUID(), CLOSED_PERIOD, person),
                CLOSED_PERIOD);
        assertThat(entries(person, "SHORTLISTED")).isEqualTo(1);

        PipelineEvents.publishAndAwait(new PersonErased(person, LocalDate.now()), OffsetDateTime.now());
        assertThat(count("select count(*) from stage_entry where person_ref = ?1", person)).isZero();
        assertThat(count("select count(*) from vacancy_ranking where person_ref = ?1", person)).isZero();
        assertThat(count("select count(*) from known_person where person_ref = ?1", person)).isZero();
        assertThat(count("select count(*) from erased_person where person_ref_hash = sha256(convert_to(?1, 'UTF8'))",
                person)).isEqualTo(1);
        assertThat(count("select count(*) from erased_person where encode(person_ref_hash, 'escape') like ?1",
                "%" + person + "%")).isZero();

        // The vacancy topic's backlog (or a replay) still holds the appointment: it records nothing now.
        PipelineEvents.appoint(vacancy, "RW3", "Y62", true, person, CLOSED_PERIOD);
        PipelineEvents.publishAndAwait(new ProfileRegistered(PipelineEvents.profile(person, 7, "Y62", Level.VSM,
                null)), CLOSED_PERIOD);
        assertThat(count("select count(*) from stage_entry where person_ref = ?1", person)).isZero();
        assertThat(count("select count(*) from known_person where person_ref = ?1", person)).isZero();
        assertThat(declarations(person)).isZero();
    }

    @Test
    void aRecordThatIsNoEventGoesToTheDeadLetterTopicAndTheNextIsApplied() {
        String key = "poison-" + UUID.randomUUID();
        KafkaTopicWriter.send(KafkaResource.bootstrapServers(), Topics.TALENT_EVENTS, key,
                "{\"not\":\"a cloudevent\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        String person = person();
        PipelineEvents.register(person, "Y62", CLOSED_PERIOD);

        var records = KafkaTopicReader.awaitRecords(KafkaResource.bootstrapServers(),
                Topics.deadLetter(Topics.TALENT_EVENTS), Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> key.equals(r.key())));
        assertThat(records).anyMatch(r -> key.equals(r.key()));
        assertThat(count("select count(*) from known_person where person_ref = ?1", person)).isEqualTo(1);
    }

    @Test
    void aRefusedRecordLastInItsPartitionIsCommittedOnceItIsOnTheDeadLetterTopic() throws InterruptedException {
        String person = person();
        // One key, one partition: the person's registration, then a record that is no event, last on the partition.
        UUID registration = UUID.randomUUID();
        KafkaTopicWriter.send(KafkaResource.bootstrapServers(), Topics.TALENT_EVENTS, person,
                CloudEventCodec.toStructuredJson(TalentEvents.toCloudEvent(registration, CLOSED_PERIOD,
                        new ProfileRegistered(PipelineEvents.profile(person, 0, "Y62", Level.AFC_9, Level.VSM)))),
                Map.of());
        KafkaTopicWriter.send(KafkaResource.bootstrapServers(), Topics.TALENT_EVENTS, person,
                "{\"not\":\"a cloudevent\"}".getBytes(StandardCharsets.UTF_8), Map.of());

        KafkaTopicReader.awaitRecords(KafkaResource.bootstrapServers(), Topics.deadLetter(Topics.TALENT_EVENTS),
                Duration.ofSeconds(30), all -> all.stream().anyMatch(r -> person.equals(r.key())));
        PipelineEvents.awaitApplied(registration);
        // The group's committed offsets reach the end of the topic: nothing is read again after a restart.
        ConsumerGroupLag.awaitConsumed(KafkaResource.bootstrapServers(), "diversity-metrics-service",
                List.of(Topics.TALENT_EVENTS), Duration.ofSeconds(30));
    }

    private static String person() {
        return "p-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
