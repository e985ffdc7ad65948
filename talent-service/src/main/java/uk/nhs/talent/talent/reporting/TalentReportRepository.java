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
import uk.nhs.talent.talent.reporting.TalentReportRows.Transitions;

/** The national aggregates as grouped SQL: the database counts, no person leaves it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TalentReportRepository {

    private final EntityManager entityManager;

    public TalentReportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** From the counts the database keeps as assessments and profiles change (migration V10). */
    public List<Supply> supply() {
        return rows("""
                select region_code, role_family, level, readiness, people from supply_count
                where people > 0 order by 1, 2, 3, 4""").stream()
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

    /**
     * The readiness history of the window [from, to) per region (the profile's home region now) × role family (the
     * assessment's), for the gateway's Markov projection. Rules:
     *
     * <ul>
     *   <li>A person's assessments for one role family form a timeline ordered by {@code assessed_on} (ties: the
     *       one recorded later comes later). Each is a state from its {@code assessed_on} to the next one's, the last
     *       to {@code to}, or to the person's appointment to a vacancy of the role family if that falls inside it
     *       (the person has then left the family's pipeline until assessed again). An assessment recorded late for
     *       an earlier date takes its place in the timeline by its date; a second one on the same date leaves the
     *       first a state of no days.</li>
     *   <li><b>Exposure</b>: the days of each state inside [from, to), ÷ 365.25, summed and rounded to 2 decimals
     *       (half up) at the end.</li>
     *   <li><b>Moves</b>: a state followed by a higher readiness whose date is in the window: 3+ years → 1–2 years,
     *       1–2 years → ready now, 3+ years → ready now (the last counted once, only there), unless the state
     *       ended in an appointment first. A downgrade or an assessment of the same readiness is no development move
     *       and is not counted; the time simply goes to the new state.</li>
     *   <li><b>Appointed</b>: people whose latest appointment (the only one the profile keeps) is in the window, to
     *       a vacancy of the role family, by the readiness for that family on the appointment date (an assessment
     *       of that day counts). The appointment ends the state (above).</li>
     *   <li><b>Exited</b>: pool memberships exited in the window for a reason other than APPOINTED, by the readiness
     *       for the pool's target role family on the exit date; not after an appointment that ended the state.</li>
     *   <li>An appointment or exit of someone with no readiness for the role family on that date is not counted.</li>
     *   <li><b>Entrants</b>: people whose first assessment for the role family is dated in the window, by its
     *       readiness.</li>
     * </ul>
     *
     * Rows where every figure is 0 are left out. One statement over the spells the database keeps
     * ({@code readiness_spell}, migrations V9 and V10: each assessment with the date and readiness of the next one,
     * the person's home region, whether it is their first, the appointment that ended it early), so nothing is
     * sorted or joined per person at query time; an appointment or exit finds its spell with one index probe. JIT
     * compilation is off for it: compiling cost more (1.4–5 s at 1.5 million profiles) than running it; the method
     * has a transaction of its own (a read) so that the setting ends with it and never stays on a pooled
     * connection.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    @SuppressWarnings("unchecked")
    public List<Transitions> transitions(TransitionFilter.Window window) {
        entityManager.createNativeQuery("select set_config('jit', 'off', true)").getSingleResult();
        List<Object[]> rows = entityManager.createNativeQuery("""
                with spells as (
                    select s.region_code, s.role_family,
                           sum(d.days) filter (where s.readiness = 'THREE_PLUS_YEARS') as days_three_plus,
                           sum(d.days) filter (where s.readiness = 'ONE_TO_TWO_YEARS') as days_one_to_two,
                           sum(d.days) filter (where s.readiness = 'READY_NOW') as days_ready_now,
                           count(*) filter (where d.moved and s.readiness = 'THREE_PLUS_YEARS'
                                            and s.next_readiness = 'ONE_TO_TWO_YEARS') as three_plus_to_one_to_two,
                           count(*) filter (where d.moved and s.readiness = 'ONE_TO_TWO_YEARS'
                                            and s.next_readiness = 'READY_NOW') as one_to_two_to_ready_now,
                           count(*) filter (where d.moved and s.readiness = 'THREE_PLUS_YEARS'
                                            and s.next_readiness = 'READY_NOW') as three_plus_to_ready_now,
                           count(*) filter (where d.entrant and s.readiness = 'THREE_PLUS_YEARS') as new_three_plus,
                           count(*) filter (where d.entrant and s.readiness = 'ONE_TO_TWO_YEARS') as new_one_to_two,
                           count(*) filter (where d.entrant and s.readiness = 'READY_NOW') as new_ready_now
                    from readiness_spell s
                    -- the window as a subquery, not a CTE: the planner sees its dates
                    cross join (select cast(:from as date) as from_on, cast(:to as date) as to_on) w
                    cross join lateral (select
                        -- the overlap of [starts_on, appointment or ends_on) with [from, to): both ends clamped to
                        -- the window
                        least(greatest(coalesce(s.appointed_on, s.ends_on, w.to_on), w.from_on), w.to_on)
                            - least(greatest(s.starts_on, w.from_on), w.to_on) as days,
                        s.appointed_on is null and s.ends_on >= w.from_on and s.ends_on < w.to_on as moved,
                        s.first and s.starts_on >= w.from_on as entrant) d
                    -- spells that end before the window or start after it add nothing
                    where s.starts_on < w.to_on and (s.ends_on is null or s.ends_on >= w.from_on)
                    group by s.region_code, s.role_family
                ),
                event as (
                    select p.person_ref, v.role_family, p.appointed_on as on_date, true as appointed
                    from talent_profile p join vacancy v on v.id = p.appointed_to_vacancy
                    cross join (select cast(:from as date) as from_on, cast(:to as date) as to_on) w
                    where p.appointed_on >= w.from_on and p.appointed_on < w.to_on
                    union all
                    select m.person_ref, t.target_role_family, m.changed_on, false
                    from pool_membership m
                    join talent_pool t on t.id = m.pool_id
                    cross join (select cast(:from as date) as from_on, cast(:to as date) as to_on) w
                    where m.status = 'EXITED' and m.exit_reason <> 'APPOINTED'
                      and m.changed_on >= w.from_on and m.changed_on < w.to_on
                ),
                events as (
                    select r.region_code, e.role_family,
                           count(*) filter (where e.appointed and r.readiness = 'READY_NOW') as appointed_ready_now,
                           count(*) filter (where e.appointed and r.readiness = 'ONE_TO_TWO_YEARS')
                               as appointed_one_to_two,
                           count(*) filter (where e.appointed and r.readiness = 'THREE_PLUS_YEARS')
                               as appointed_three_plus,
                           count(*) filter (where not e.appointed and r.readiness = 'THREE_PLUS_YEARS')
                               as exited_three_plus,
                           count(*) filter (where not e.appointed and r.readiness = 'ONE_TO_TWO_YEARS')
                               as exited_one_to_two,
                           count(*) filter (where not e.appointed and r.readiness = 'READY_NOW') as exited_ready_now
                    from event e
                    cross join lateral (
                        -- the spell the day falls in (none: no readiness for the role family then, not counted)
                        select s.region_code, s.readiness from readiness_spell s
                        where s.person_ref = e.person_ref and s.role_family = e.role_family
                          and s.starts_on <= e.on_date and (s.ends_on is null or e.on_date < s.ends_on)
                          and (s.appointed_on is null or e.on_date <= s.appointed_on)) r
                    group by r.region_code, e.role_family
                )
                select coalesce(s.region_code, e.region_code), coalesce(s.role_family, e.role_family),
                       round(coalesce(s.days_three_plus, 0) / 365.25, 2),
                       round(coalesce(s.days_one_to_two, 0) / 365.25, 2),
                       round(coalesce(s.days_ready_now, 0) / 365.25, 2),
                       coalesce(s.three_plus_to_one_to_two, 0), coalesce(s.one_to_two_to_ready_now, 0),
                       coalesce(s.three_plus_to_ready_now, 0),
                       coalesce(e.appointed_ready_now, 0), coalesce(e.appointed_one_to_two, 0),
                       coalesce(e.appointed_three_plus, 0),
                       coalesce(e.exited_three_plus, 0), coalesce(e.exited_one_to_two, 0),
                       coalesce(e.exited_ready_now, 0),
                       coalesce(s.new_three_plus, 0), coalesce(s.new_one_to_two, 0), coalesce(s.new_ready_now, 0)
                from spells s
                full join events e on e.region_code = s.region_code and e.role_family = s.role_family
                where greatest(s.days_three_plus, s.days_one_to_two, s.days_ready_now, s.three_plus_to_one_to_two,
                               s.one_to_two_to_ready_now, s.three_plus_to_ready_now, s.new_three_plus,
                               s.new_one_to_two, s.new_ready_now, e.appointed_ready_now, e.appointed_one_to_two,
                               e.appointed_three_plus, e.exited_three_plus, e.exited_one_to_two,
                               e.exited_ready_now) > 0
                order by 1, 2""")
                .setParameter("from", window.from())
                .setParameter("to", window.to())
                .getResultList();
        return rows.stream()
                .map(r -> new Transitions((String) r[0], RoleFamily.valueOf((String) r[1]), (BigDecimal) r[2],
                        (BigDecimal) r[3], (BigDecimal) r[4], count(r[5]), count(r[6]), count(r[7]), count(r[8]),
                        count(r[9]), count(r[10]), count(r[11]), count(r[12]), count(r[13]), count(r[14]),
                        count(r[15]), count(r[16])))
                .toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }
}
