package uk.nhs.talent.diversity.stages;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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

    /**
     * Records the entries, each unless the person already reached this stage for this subject: counted once. One
     * statement for all of them (a shortlist names several people).
     */
    public void record(List<StageEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("insert into stage_entry (stage, subject, person_ref, region_code, "
                + "role_family, level, period, recorded_at) select * from unnest(cast(:stages as text[]), "
                + "cast(:subjects as text[]), cast(:people as text[]), cast(:regions as text[]), "
                + "cast(:families as text[]), cast(:levels as text[]), cast(:periods as text[]), "
                + "cast(:times as timestamptz[])) on conflict do nothing")
                .setParameter("stages", column(entries, entry -> entry.stage().name()))
                .setParameter("subjects", column(entries, StageEntry::subject))
                .setParameter("people", column(entries, StageEntry::personRef))
                .setParameter("regions", column(entries, StageEntry::regionCode))
                .setParameter("families", column(entries, entry -> entry.roleFamily().name()))
                .setParameter("levels", column(entries, entry -> entry.level().name()))
                .setParameter("periods", column(entries, entry -> entry.period().toString()))
                .setParameter("times", column(entries, entry -> entry.recordedAt().toString()))
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
        Set<String> erasedNow = erased.erasedAmong(ranked.stream().map(RankedCandidate::personRef).toList());
        List<RankedCandidate> kept = ranked.stream().filter(c -> !erasedNow.contains(c.personRef())).toList();
        if (kept.isEmpty()) {
            return true;
        }
        entityManager.createNativeQuery("insert into vacancy_ranking (vacancy_id, person_ref, rank, region_code, "
                + "role_family, level, period, matched_at) select :id, c.person_ref, c.rank, :region, :family, "
                + ":level, :period, :at from unnest(cast(:people as text[]), cast(:ranks as integer[])) "
                + "as c(person_ref, rank) on conflict do nothing")
                .setParameter("id", vacancyId)
                .setParameter("people", column(kept, RankedCandidate::personRef))
                .setParameter("ranks", kept.stream().map(RankedCandidate::rank).toArray(Integer[]::new))
                .setParameter("region", regionCode)
                .setParameter("family", roleFamily.name())
                .setParameter("level", level.name())
                .setParameter("period", FinancialQuarter.containing(matchedAt.toInstant()).toString())
                .setParameter("at", matchedAt)
                .executeUpdate();
        return true;
    }

    private static <T> String[] column(List<T> rows, Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    /** Forgets everything recorded about the person: figures computed afterwards no longer count them. */
    public void forget(String personRef) {
        for (String table : List.of("stage_entry", "vacancy_ranking", "known_person", "declaration")) {
            entityManager.createNativeQuery("delete from " + table + " where person_ref = :person")
                    .setParameter("person", personRef).executeUpdate();
        }
    }
}
