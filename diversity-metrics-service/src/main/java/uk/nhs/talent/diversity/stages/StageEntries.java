package uk.nhs.talent.diversity.stages;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import uk.nhs.talent.diversity.periods.FinancialQuarter;
import uk.nhs.talent.events.talent.RankedCandidate;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** The read model's rows: stage entries and the latest ranking of each vacancy. */
@ApplicationScoped
public class StageEntries {

    private final EntityManager entityManager;

    public StageEntries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the entry unless the person already reached this stage for this subject: counted once. */
    public void record(StageEntry entry) {
        entityManager.createNativeQuery("insert into stage_entry (stage, subject, person_ref, region_code, "
                + "role_family, level, period, recorded_at) values (:stage, :subject, :person, :region, :family, "
                + ":level, :period, :at) on conflict do nothing")
                .setParameter("stage", entry.stage().name())
                .setParameter("subject", entry.subject())
                .setParameter("person", entry.personRef())
                .setParameter("region", entry.regionCode())
                .setParameter("family", entry.roleFamily().name())
                .setParameter("level", entry.level().name())
                .setParameter("period", entry.period().toString())
                .setParameter("at", OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Whether the person is a candidate (shortlisted or appointed) on a vacancy of one of these organisations. */
    public boolean candidateOf(String personRef, java.util.Collection<String> orgCodes) {
        if (orgCodes.isEmpty()) {
            return false;
        }
        return !entityManager.createNativeQuery("select 1 from stage_entry s join known_vacancy v "
                + "on s.subject = cast(v.vacancy_id as text) where s.person_ref = :person "
                + "and s.stage in ('SHORTLISTED', 'APPOINTED') and v.org_code in (:orgs) limit 1")
                .setParameter("person", personRef)
                .setParameter("orgs", orgCodes)
                .getResultList().isEmpty();
    }

    /**
     * Replaces the vacancy's ranking with a newer one; an older ranking (delivered late) changes nothing.
     *
     * @return whether the ranking was taken
     */
    public boolean rank(UUID vacancyId, String regionCode, RoleFamily roleFamily, Level level,
            OffsetDateTime matchedAt, List<RankedCandidate> ranked, ErasedPeople erased) {
        List<?> newer = entityManager.createNativeQuery("select 1 from vacancy_ranking where vacancy_id = :id "
                + "and matched_at >= :at limit 1")
                .setParameter("id", vacancyId).setParameter("at", matchedAt).getResultList();
        if (!newer.isEmpty()) {
            return false;
        }
        entityManager.createNativeQuery("delete from vacancy_ranking where vacancy_id = :id")
                .setParameter("id", vacancyId).executeUpdate();
        String period = FinancialQuarter.containing(matchedAt.toInstant()).toString();
        for (RankedCandidate candidate : ranked) {
            if (erased.erased(candidate.personRef())) {
                continue;
            }
            entityManager.createNativeQuery("insert into vacancy_ranking (vacancy_id, person_ref, rank, region_code, "
                    + "role_family, level, period, matched_at) values (:id, :person, :rank, :region, :family, "
                    + ":level, :period, :at) on conflict do nothing")
                    .setParameter("id", vacancyId)
                    .setParameter("person", candidate.personRef())
                    .setParameter("rank", candidate.rank())
                    .setParameter("region", regionCode)
                    .setParameter("family", roleFamily.name())
                    .setParameter("level", level.name())
                    .setParameter("period", period)
                    .setParameter("at", matchedAt)
                    .executeUpdate();
        }
        return true;
    }

    /** Forgets everything recorded about the person: figures computed afterwards no longer count them. */
    public void forget(String personRef) {
        for (String table : List.of("stage_entry", "vacancy_ranking", "known_person", "declaration")) {
            entityManager.createNativeQuery("delete from " + table + " where person_ref = :person")
                    .setParameter("person", personRef).executeUpdate();
        }
    }
}
