package uk.nhs.talent.diversity.stages;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.nhs.talent.events.talent.CandidatesMatched;
import uk.nhs.talent.events.talent.MembershipStatus;
import uk.nhs.talent.events.talent.PersonErased;
import uk.nhs.talent.events.talent.PoolMembershipChanged;
import uk.nhs.talent.events.talent.ProfileRegistered;
import uk.nhs.talent.events.talent.ProfileSnapshot;
import uk.nhs.talent.events.talent.ProfileUpdated;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.talent.ReadinessAssessed;
import uk.nhs.talent.events.talent.TalentEvent;
import uk.nhs.talent.events.vacancy.VacancyAppointed;
import uk.nhs.talent.events.vacancy.VacancyEvent;
import uk.nhs.talent.events.vacancy.VacancyShortlisted;
import uk.nhs.talent.events.vacancy.VacancySnapshot;

/**
 * What the service learns from both topics, in the transaction of the event's inbox entry: which stage each
 * person reached, where it counts and when it was recorded (the event's time, so a replay records the same).
 * Nothing is recorded about a person already erased.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PipelineStages {

    private final EntityManager entityManager;
    private final StageEntries entries;
    private final ErasedPeople erased;

    public PipelineStages(EntityManager entityManager, StageEntries entries, ErasedPeople erased) {
        this.entityManager = entityManager;
        this.entries = entries;
        this.erased = erased;
    }

    public void learn(VacancyEvent event, Instant recordedAt) {
        VacancySnapshot snapshot = event.vacancy();
        KnownVacancy vacancy = entityManager.find(KnownVacancy.class, snapshot.vacancyId());
        if (vacancy == null) {
            entityManager.persist(KnownVacancy.of(snapshot));
        } else {
            vacancy.learn(snapshot);
        }
        // Stages are classified by the snapshot the event carries: the post as it was when the person reached it.
        String subject = snapshot.vacancyId().toString();
        if (event instanceof VacancyShortlisted shortlisted && shortlisted.shortlist() != null) {
            record(shortlisted.shortlist().stream()
                    .map(person -> entry(Stage.SHORTLISTED, subject, person, snapshot, recordedAt)).toList());
        } else if (event instanceof VacancyAppointed appointed) {
            StageEntry appointment = entry(Stage.APPOINTED, subject, appointed.appointee(), snapshot, recordedAt);
            record(snapshot.boardPost() ? List.of(appointment, entry(Stage.ON_BOARD, subject, appointed.appointee(),
                    snapshot, recordedAt)) : List.of(appointment));
        }
    }

    public void learn(TalentEvent event, Instant recordedAt) {
        if (event instanceof ProfileRegistered registered) {
            learnProfile(registered.profile());
        } else if (event instanceof ProfileUpdated updated) {
            learnProfile(updated.profile());
        } else if (event instanceof ReadinessAssessed assessed && assessed.readiness() == Readiness.READY_NOW) {
            readyNow(assessed, recordedAt);
        } else if (event instanceof PoolMembershipChanged changed && (changed.status() == MembershipStatus.ACCEPTED
                || changed.status() == MembershipStatus.ACTIVE)) {
            inPool(changed, recordedAt);
        } else if (event instanceof CandidatesMatched matched) {
            entries.rank(matched.vacancyId(), matched.regionCode(), matched.roleFamily(), matched.level(),
                    OffsetDateTime.ofInstant(matched.matchedAt(), ZoneOffset.UTC), matched.ranked(), erased);
        } else if (event instanceof PersonErased erasure) {
            erased.remember(erasure.personRef(), erasure.erasedOn());
            entries.forget(erasure.personRef());
        }
        // Nine-box placements, succession and plan reviews are not pipeline stages of the figures.
    }

    private void learnProfile(ProfileSnapshot profile) {
        if (erased.erased(profile.personRef())) {
            return;
        }
        KnownPerson person = entityManager.find(KnownPerson.class, profile.personRef());
        if (person == null) {
            entityManager.persist(KnownPerson.of(profile));
        } else {
            person.learn(profile);
        }
    }

    private void readyNow(ReadinessAssessed assessed, Instant recordedAt) {
        KnownPerson person = entityManager.find(KnownPerson.class, assessed.personRef());
        if (person == null) {
            // The profile's registration precedes any assessment on the person's partition: only an erased person
            // (or a profile this service never saw) is unknown, and neither can be classified.
            return;
        }
        String subject = assessed.regionCode() + ":" + assessed.roleFamily();
        record(List.of(new StageEntry(Stage.READY_NOW, subject, assessed.personRef(), assessed.regionCode(),
                assessed.roleFamily(), person.aimedLevel(), recordedAt)));
    }

    private void inPool(PoolMembershipChanged changed, Instant recordedAt) {
        String region = changed.regionCode();
        if (region == null) {
            // A national pool: the person counts in their home region.
            KnownPerson person = entityManager.find(KnownPerson.class, changed.personRef());
            if (person == null) {
                return;
            }
            region = person.regionCode;
        }
        record(List.of(new StageEntry(Stage.IN_POOL, changed.poolId().toString(), changed.personRef(), region,
                changed.roleFamily(), changed.level(), recordedAt)));
    }

    private static StageEntry entry(Stage stage, String subject, String personRef, VacancySnapshot post,
            Instant recordedAt) {
        return new StageEntry(stage, subject, personRef, post.regionCode(), post.roleFamily(), post.level(),
                recordedAt);
    }

    private void record(List<StageEntry> stageEntries) {
        Set<String> erasedNow = erased.erasedAmong(stageEntries.stream().map(StageEntry::personRef).toList());
        entries.record(stageEntries.stream().filter(entry -> !erasedNow.contains(entry.personRef())).toList());
    }
}
