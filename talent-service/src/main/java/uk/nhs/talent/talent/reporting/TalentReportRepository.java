package uk.nhs.talent.talent.reporting;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.nhs.talent.events.talent.MembershipStatus;
import uk.nhs.talent.events.talent.PoolScope;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.talent.reporting.TalentReportRows.CandidatesForOpenVacancies;
import uk.nhs.talent.talent.reporting.TalentReportRows.PoolSize;
import uk.nhs.talent.talent.reporting.TalentReportRows.Supply;

/** The national aggregates as grouped SQL: the database counts, no person leaves it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TalentReportRepository {

    private final EntityManager entityManager;

    public TalentReportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Supply> supply() {
        return rows("""
                select p.region_code, r.role_family, coalesce(p.target_level, p.level), r.readiness, count(*)
                from readiness_assessment r join talent_profile p on p.person_ref = r.person_ref
                where r.superseded_at is null
                group by 1, 2, 3, 4 order by 1, 2, 3, 4""").stream()
                .map(r -> new Supply((String) r[0], RoleFamily.valueOf((String) r[1]), Level.valueOf((String) r[2]),
                        Readiness.valueOf((String) r[3]), ((Number) r[4]).longValue()))
                .toList();
    }

    public List<PoolSize> pools() {
        return rows("""
                select t.scope, t.region_code, t.target_role_family, t.target_level, m.status, count(*)
                from pool_membership m join talent_pool t on t.id = m.pool_id
                group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5""").stream()
                .map(r -> new PoolSize(PoolScope.valueOf((String) r[0]), (String) r[1],
                        RoleFamily.valueOf((String) r[2]), Level.valueOf((String) r[3]),
                        MembershipStatus.valueOf((String) r[4]), ((Number) r[5]).longValue()))
                .toList();
    }

    public List<CandidatesForOpenVacancies> candidatesForOpenVacancies() {
        return rows("""
                select v.region_code, v.role_family, v.level, count(*),
                       round(avg(coalesce(m.proposed, 0)), 2), round(avg(coalesce(m.ready_now, 0)), 2)
                from vacancy v
                left join (select vm.vacancy_id, count(*) as proposed,
                                  count(*) filter (where ra.readiness = 'READY_NOW') as ready_now
                           from vacancy_match vm
                           join vacancy mv on mv.id = vm.vacancy_id
                           left join readiness_assessment ra on ra.person_ref = vm.person_ref
                                and ra.role_family = mv.role_family and ra.superseded_at is null
                           group by vm.vacancy_id) m on m.vacancy_id = v.id
                where v.status not in ('FILLED', 'WITHDRAWN')
                group by 1, 2, 3 order by 1, 2, 3""").stream()
                .map(r -> new CandidatesForOpenVacancies((String) r[0], RoleFamily.valueOf((String) r[1]),
                        Level.valueOf((String) r[2]), ((Number) r[3]).longValue(), (BigDecimal) r[4],
                        (BigDecimal) r[5]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }
}
